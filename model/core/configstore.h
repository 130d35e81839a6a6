#pragma once

// Writes configuration rows and the audit log together. Every insert, update and delete of a
// configuration table goes through here, so the audit log cannot miss a change, and every update
// checks the row's version so that an edit made from a stale copy fails instead of overwriting.

#include "result.h"

#include <QStringList>
#include <QVariant>

namespace baton {

class Workspace;

// Column names with their values, in the table's column order.
using Row = QList<std::pair<QString, QVariant>>;

class ConfigStore final
{
public:
    // Passed as expectedVersion when the caller has no loaded copy to compare with (bulk setup).
    static constexpr qint64 AnyVersion = -1;

    explicit ConfigStore(Workspace &workspace) : m_workspace(workspace) { }

    Result<qint64> insert(const QString &table, const Row &row);
    // Returns the row's new version.
    Result<qint64> update(const QString &table, qint64 id, qint64 expectedVersion, const Row &row);
    Result<void> remove(const QString &table, qint64 id, qint64 expectedVersion);

    // The audit text of a value: NULL stays null, everything else its string form.
    static QVariant auditText(const QVariant &value);
    // What a user calls the rows of `table` ("Routing rule"), for messages; the audit log's names.
    static QString tableLabel(const QString &table);

private:
    Result<void> audit(const QString &table, qint64 id, const QString &action, const QString &field,
        const QVariant &oldValue, const QVariant &newValue);
    Result<QVariantList> readRow(const QString &table, qint64 id, const QStringList &columns, qint64 *version);

    Workspace &m_workspace;
};

} // namespace baton
