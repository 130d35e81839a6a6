#include "csv.h"

namespace baton {

QString csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char(';'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvLine(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped << csvField(field);
    return escaped.join(QLatin1Char(','));
}

Result<std::unique_ptr<QFile>> createPrivateFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    // Restrict before writing anything, so the data is never readable by others even briefly.
    if (QFile::exists(path) && !file->setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return fail(QStringLiteral("Cannot restrict the permissions of %1: %2").arg(path, file->errorString()), Error::Kind::Io);
    // A new file is created user-only from the first instant, whatever the umask.
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner))
        return fail(QStringLiteral("Cannot write %1: %2").arg(path, file->errorString()), Error::Kind::Io);
    file->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return file;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    const QByteArray line = csvLine(fields).toUtf8() + "\r\n";
    return m_device->write(line) == line.size();
}

} // namespace baton
