// CSV import side by side with the sqlite3 shell's .import of the same file into a plain table, measured in the
// same run. Usage:
//   bench_import SOURCE.baton --baton PATH [--rows 100000,1000000] [--runs N] [--work DIR] [--result FILE]
//
// SOURCE.baton is a demo workspace (baton demo ... --weeks 52); its handoffs are written as a CRM export of 21
// columns (ids, names, email, company, job title, signal, source, campaign, three UTM fields, country, state,
// employees, created as ISO date-time, handed off as M/D/YYYY h:mm AM, first touch, a CRM status, rejection
// reason, amount, close date), cycling through them with fresh ids when more rows are wanted than it holds.
// No row names an owner, so every row is routed.
//
//   reference      sqlite3 plain.db -cmd ".mode csv" ".import data.csv t"     (a process, a new database each run)
//   baton import   baton import TARGET.baton data.csv --mapping bench.json --json (a process, a fresh copy of an
//                  empty demo workspace with the same configuration each run): reading, validation (dates, numbers,
//                  names), translation, duplicates by the identity rules, account matching, routing, SLA facts, the
//                  KPI cubes, one transaction
// Wall time is the median of the runs; peak memory is the largest max RSS (from /usr/bin/time).
// --result FILE appends a RESULT line per size for tests/bench/scale.sh (benchresult.h).

#include "benchresult.h"
#include "core/csv.h"
#include "core/rowcursor.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace baton;

namespace {

const char *MappingJson = R"json({
    "name": "Benchmark CRM export",
    "entity": "handoff",
    "key": "lead_ref",
    "time_zone": "UTC",
    "columns": [
        { "column": "Lead ID", "field": "lead_ref", "required": true },
        { "column": "First Name", "field": "contact_name" },
        { "column": "Last Name", "field": "contact_name", "append": true },
        { "column": "Email", "field": "email" },
        { "column": "Company", "field": "company" },
        { "column": "Title", "field": "context:job_title" },
        { "column": "Signal", "field": "signal_type" },
        { "column": "Lead Source", "field": "source" },
        { "column": "Campaign", "field": "campaign" },
        { "column": "UTM Source", "field": "utm_source" },
        { "column": "UTM Medium", "field": "utm_medium" },
        { "column": "UTM Campaign", "field": "utm_campaign" },
        { "column": "Country", "field": "country" },
        { "column": "State", "field": "region" },
        { "column": "Employees", "field": "employees" },
        { "column": "Created", "field": "created_at" },
        { "column": "Handed Off", "field": "handed_off_at", "date_format": "mdy" },
        { "column": "First Touch", "field": "first_touch_at" },
        { "column": "Status", "field": "outcome", "values": { "Open": "open", "Working": "accepted", "Unqualified": "rejected",
            "Qualified": "opportunity", "Closed Won": "won", "Closed Lost": "lost" }, "unknown": "keep_aside" },
        { "column": "Rejection Reason", "field": "rejection_reason", "unknown": "blank" },
        { "column": "Amount", "field": "amount" },
        { "column": "Close Date", "field": "closed_at" }
    ]
})json";


// Runs a program under /usr/bin/time; returns wall seconds and max RSS in KB, or {-1, -1}.
std::pair<double, qint64> timed(const QString &program, const QStringList &arguments, const QString &work)
{
    const QString report = work + QStringLiteral("/time.txt");
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(work + QStringLiteral("/stderr.txt"));
    process.start(QStringLiteral("/usr/bin/time"), QStringList { "-f", "%e %M", "-o", report, program } + arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return { -1, -1 };
    QFile file(report);
    file.open(QIODevice::ReadOnly);
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    return { parts.value(0).toDouble(), parts.value(1).toLongLong() };
}

QString status(const QString &outcome)
{
    static const QHash<QString, QString> words = { { "open", "Open" }, { "accepted", "Working" }, { "rejected", "Unqualified" },
        { "opportunity", "Qualified" }, { "won", "Closed Won" }, { "lost", "Closed Lost" } };
    return words.value(outcome, QStringLiteral("Open"));
}

QString iso(const RowCursor &row, int column)
{
    return row.isNull(column) ? QString()
                              : QDateTime::fromSecsSinceEpoch(row.integer(column), Qt::UTC).toString(Qt::ISODate);
}

bool writeExport(const QString &source, const QString &path, qint64 rows)
{
    auto workspace = Workspace::open(source, Workspace::Access::ReadOnly);
    if (!workspace) {
        QTextStream(stderr) << workspace.errorMessage() << '\n';
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    CsvWriter writer(&file);
    writer.writeRow({ "Lead ID", "First Name", "Last Name", "Email", "Company", "Title", "Signal", "Lead Source", "Campaign",
        "UTM Source", "UTM Medium", "UTM Campaign", "Country", "State", "Employees", "Created", "Handed Off", "First Touch",
        "Status", "Rejection Reason", "Amount", "Close Date" });
    qint64 written = 0;
    for (int cycle = 0; written < rows; ++cycle) {
        auto cursor = RowCursor::open((*workspace)->db(),
            QStringLiteral("SELECT h.lead_ref, h.contact_name, h.email, h.company, json_extract(h.context, '$.job_title'), "
                           "s.name, h.source, h.campaign, h.utm_source, h.utm_medium, h.utm_campaign, h.country, h.region, "
                           "h.employees, h.created_at, h.handed_off_at, h.first_touch_at, h.outcome, r.name, "
                           "h.opportunity_amount, h.closed_at FROM handoff h "
                           "LEFT JOIN signal_type s ON s.id = h.signal_type_id "
                           "LEFT JOIN rejection_reason r ON r.id = h.rejection_reason_id ORDER BY h.id"));
        if (!cursor)
            return false;
        const QString suffix = cycle == 0 ? QString() : QStringLiteral("-%1").arg(cycle);
        while (written < rows && cursor->next()) {
            const RowCursor &row = *cursor;
            const QString name = row.toString(1);
            const qsizetype space = name.indexOf(QLatin1Char(' '));
            QString email = row.toString(2);
            if (cycle > 0 && email.contains(QLatin1Char('@')))
                email.insert(email.indexOf(QLatin1Char('@')), QStringLiteral("+%1").arg(cycle));
            const QDateTime handedOff = QDateTime::fromSecsSinceEpoch(row.integer(15), Qt::UTC);
            writer.writeRow({ row.toString(0) + suffix, space > 0 ? name.left(space) : name,
                space > 0 ? name.mid(space + 1) + suffix : suffix, email, row.toString(3), row.toString(4), row.toString(5),
                row.toString(6), row.toString(7), row.toString(8), row.toString(9), row.toString(10), row.toString(11),
                row.toString(12), row.isNull(13) ? QString() : QString::number(row.integer(13)), iso(row, 14),
                handedOff.toString(QStringLiteral("M/d/yyyy h:mm AP")), iso(row, 16), status(row.toString(17)),
                row.toString(18), row.isNull(19) ? QString() : QString::number(row.real(19), 'f', 2),
                row.isNull(20) ? QString() : QDateTime::fromSecsSinceEpoch(row.integer(20), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")) });
            ++written;
        }
        if (written == 0)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString source;
    QString baton;
    QString workDir;
    QString resultFile;
    QList<qint64> sizes { 100000, 1000000 };
    int runs = 3;
    for (int i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (arg == QLatin1String("--baton") && i + 1 < args.size())
            baton = args.at(++i);
        else if (arg == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--work") && i + 1 < args.size())
            workDir = args.at(++i);
        else if (arg == QLatin1String("--result") && i + 1 < args.size())
            resultFile = args.at(++i);
        else if (arg == QLatin1String("--rows") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &size : args.at(++i).split(QLatin1Char(',')))
                sizes << size.toLongLong();
        } else if (source.isEmpty())
            source = arg;
    }
    if (source.isEmpty() || baton.isEmpty()) {
        err << "usage: bench_import SOURCE.baton --baton PATH [--rows 100000,1000000] [--runs N] [--work DIR] [--result FILE]\n";
        return 2;
    }
    QTemporaryDir temporary;
    const QString work = workDir.isEmpty() ? temporary.path() : workDir;
    QDir().mkpath(work);
    const QString mapping = work + QStringLiteral("/bench-mapping.json");
    {
        QFile file(mapping);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(MappingJson);
    }
    // The target: the demo's configuration without handoffs (same seed, so the same owners, rules and policies).
    const QString target = work + QStringLiteral("/target.baton");
    QFile::remove(target);
    QProcess demo;
    demo.setStandardOutputFile(QProcess::nullDevice());
    demo.start(baton, { "demo", target, "--handoffs", "0", "--weeks", "52", "--force" });
    if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
        err << "baton demo failed\n";
        return 1;
    }

    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("rows"), 10)
               .arg(QStringLiteral("sqlite3 .import s"), 18)
               .arg(QStringLiteral("baton import s"), 15)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("sqlite3 peak MB"), 16)
               .arg(QStringLiteral("baton peak MB"), 14);
    out.flush();
    for (qint64 rows : std::as_const(sizes)) {
        const QString data = work + QStringLiteral("/export-%1.csv").arg(rows);
        if (!QFile::exists(data) && !writeExport(source, data, rows)) {
            err << "could not write the export from " << source << '\n';
            return 1;
        }
        QList<double> shell;
        QList<double> ours;
        qint64 shellPeak = 0;
        qint64 ourPeak = 0;
        for (int run = 0; run < runs; ++run) {
            const QString plain = work + QStringLiteral("/plain.db");
            QFile::remove(plain);
            const auto [shellSeconds, shellRss] = timed(QStringLiteral("sqlite3"),
                { plain, "-cmd", ".mode csv", QStringLiteral(".import %1 t").arg(data) }, work);
            const QString copy = work + QStringLiteral("/run.baton");
            QFile::remove(copy);
            QFile::remove(copy + QStringLiteral("-wal"));
            QFile::remove(copy + QStringLiteral("-shm"));
            QFile::copy(target, copy);
            const auto [batonSeconds, batonRss] = timed(baton, { "import", copy, data, "--mapping", mapping, "--json" }, work);
            if (shellSeconds < 0 || batonSeconds < 0) {
                QFile log(work + QStringLiteral("/stderr.txt"));
                log.open(QIODevice::ReadOnly);
                err << "a run failed: " << log.readAll() << '\n';
                return 1;
            }
            shell << shellSeconds;
            ours << batonSeconds;
            shellPeak = std::max(shellPeak, shellRss);
            ourPeak = std::max(ourPeak, batonRss);
        }
        const double s = bench::median(shell);
        const double b = bench::median(ours);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(rows, 10)
                   .arg(s, 18, 'f', 2)
                   .arg(b, 15, 'f', 2)
                   .arg(s > 0 ? b / s : 0, 6, 'f', 2)
                   .arg(shellPeak / 1024, 16)
                   .arg(ourPeak / 1024, 14);
        out.flush();
        bench::appendResult(resultFile, QStringLiteral("import"), rows, b, s, ourPeak, runs,
            { QStringLiteral("ref_peak_kb=%1").arg(shellPeak) });
    }
    return 0;
}
