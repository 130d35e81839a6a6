#include "leadcsv.h"

#include <QCoreApplication>
#include <QFile>

#include <csv.h>

namespace baton {

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<int> lines; // the line each record starts on
    QStringList current;
    int line = 0; // the line being parsed
    int start = 0;
};

void onField(void *data, size_t length, void *parsed)
{
    auto *p = static_cast<Parsed *>(parsed);
    if (p->current.isEmpty())
        p->start = p->line;
    p->current << QString::fromUtf8(static_cast<const char *>(data), qsizetype(length));
}

void onRecord(int, void *parsed)
{
    auto *p = static_cast<Parsed *>(parsed);
    p->records << p->current;
    p->lines << p->start;
    p->current.clear();
}

} // namespace

QStringList LeadCsvReader::columns()
{
    return { QStringLiteral("signal_type"), QStringLiteral("country"), QStringLiteral("region"),
        QStringLiteral("employees"), QStringLiteral("revenue"), QStringLiteral("industry"), QStringLiteral("source"),
        QStringLiteral("email"), QStringLiteral("company"), QStringLiteral("account"), QStringLiteral("day") };
}

Result<LeadFile> LeadCsvReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the leads file %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    return parse(file.readAll());
}

Result<LeadFile> LeadCsvReader::parse(const QByteArray &input)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0)
        return fail(tr("The CSV reader could not start."));
    Parsed parsed;
    // Line by line, so that each record knows the line it starts on (blank lines and quoted line breaks included).
    bool broken = false;
    qsizetype from = 0;
    while (from < data.size() && !broken) {
        qsizetype end = data.indexOf('\n', from);
        end = end < 0 ? data.size() : end + 1;
        ++parsed.line;
        const size_t length = size_t(end - from);
        broken = csv_parse(&parser, data.constData() + from, length, onField, onRecord, &parsed) != length;
        from = end;
    }
    const QString reason = broken ? QString::fromLatin1(csv_strerror(csv_error(&parser))) : QString();
    csv_fini(&parser, onField, onRecord, &parsed);
    csv_free(&parser);
    if (broken)
        return fail(tr("The leads file is not valid CSV (%1).").arg(reason), Error::Kind::Invalid);
    if (parsed.records.isEmpty())
        return fail(tr("The leads file is empty; it needs a header row naming its columns (%1).")
                        .arg(columns().join(QStringLiteral(", "))),
            Error::Kind::Invalid);

    QHash<QString, int> at;
    const QStringList header = parsed.records.first();
    for (int i = 0; i < header.size(); ++i)
        at.insert(header.at(i).trimmed().toLower(), i);
    if (!at.contains(QStringLiteral("signal_type")))
        return fail(tr("The leads file has no signal_type column. Its header must name the columns it has, of: %1.")
                        .arg(columns().join(QStringLiteral(", "))),
            Error::Kind::Invalid);

    LeadFile file;
    for (int r = 1; r < parsed.records.size(); ++r) {
        const QStringList &record = parsed.records.at(r);
        const auto value = [&](const char *column) {
            const int index = at.value(QString::fromLatin1(column), -1);
            return index >= 0 && index < record.size() ? record.at(index).trimmed() : QString();
        };
        LeadRow row;
        row.line = parsed.lines.at(r);
        row.signalType = value("signal_type");
        row.country = value("country");
        row.region = value("region");
        row.industry = value("industry");
        row.source = value("source");
        row.email = value("email");
        row.company = value("company");
        row.account = value("account");
        if (const QString text = value("employees"); !text.isEmpty()) {
            bool ok = false;
            const qint64 employees = text.toLongLong(&ok);
            if (ok && employees >= 0)
                row.employees = employees;
            else
                file.problems << tr("Line %1: employees \"%2\" is not a whole number; the size counts as unknown.")
                                     .arg(row.line)
                                     .arg(text);
        }
        if (const QString text = value("revenue"); !text.isEmpty()) {
            bool ok = false;
            const double revenue = text.toDouble(&ok);
            if (ok && revenue >= 0)
                row.revenue = revenue;
            else
                file.problems << tr("Line %1: revenue \"%2\" is not a number; the revenue counts as unknown.")
                                     .arg(row.line)
                                     .arg(text);
        }
        if (const QString text = value("day"); !text.isEmpty()) {
            row.day = QDate::fromString(text, Qt::ISODate);
            if (!row.day.isValid())
                file.problems << tr("Line %1: day \"%2\" is not a date like 2026-11-20; the as-of day is used.")
                                     .arg(row.line)
                                     .arg(text);
        }
        file.rows << row;
    }
    return file;
}

} // namespace baton
