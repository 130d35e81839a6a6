#pragma once

// Writing CSV safely: RFC 4180 quoting, and neutralisation of spreadsheet formula injection as OWASP
// describes it: a cell that starts with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe, so a spreadsheet shows it as text instead of running it.

#include "result.h"

#include <QFile>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace baton {

// One field, neutralised and quoted when needed.
QString csvField(const QString &value);
// A whole line without the line break.
QString csvLine(const QStringList &fields);

// Creates (or truncates) `path` for writing an export, readable and writable by the user only.
Result<std::unique_ptr<QFile>> createPrivateFile(const QString &path);

class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device) : m_device(device) { }
    bool writeRow(const QStringList &fields);

private:
    QIODevice *m_device;
};

} // namespace baton
