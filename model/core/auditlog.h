#pragma once

// Reading the audit log: every configuration change (who, when, which row and field, before and after),
// newest first, filtered by entity and searchable, with readable names for tables, rows and columns.
// Writing it is ConfigStore's job (every audited write goes through there).

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace baton {

class Workspace;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString entity; // the table: "contract_term"
    qint64 entityId = 0; // the row; 0 for workspace settings
    QString action; // insert, update, delete
    QString field; // the column for updates (the setting's key for workspace settings)
    QString oldValue; // updates: the old value; deletes: the whole row as JSON
    QString newValue; // updates: the new value; inserts: the whole row as JSON
    bool oldIsNull = true;
    bool newIsNull = true;
};

struct AuditFilter
{
    QStringList entities; // tables; empty = all
    std::optional<qint64> entityId;
    QString search; // text in the actor, field, old or new value
    bool isEmpty() const { return entities.isEmpty() && !entityId && search.trimmed().isEmpty(); }
};

class AuditLogRepository final
{
public:
    explicit AuditLogRepository(Workspace &workspace) : m_workspace(workspace) { }

    Result<qint64> count(const AuditFilter &filter = {}) const;
    // A page of entries, newest first.
    Result<QList<AuditEntry>> list(const AuditFilter &filter, qint64 offset, qint64 limit) const;
    // The tables that have entries, with their entry counts, by readable name.
    Result<QList<std::pair<QString, qint64>>> entities() const;

    // What a row is called, for each id: "Pricing page", "Version 2 · Pricing page", "MQL → SAL". Rows that
    // no longer exist are named from the audit log's copy of them. Unknown rows get "#id".
    Result<QHash<qint64, QString>> rowNames(const QString &entity, const QList<qint64> &ids) const;

    // Readable, translated names: "contract_term" -> "Contract term"; "min_fit_grade" -> "Minimum fit".
    static QString entityLabel(const QString &entity);
    static QString fieldLabel(const QString &field);
    // A workspace setting's name: "time_zone" -> "Reporting time zone". Unknown keys are returned as they are.
    static QString settingLabel(const QString &key);

private:
    QString where(const AuditFilter &filter, QVariantList *values) const;
    Result<QString> describe(const QString &entity, const QJsonObject &row) const;
    Result<QString> nameOf(const QString &table, qint64 id) const;

    Workspace &m_workspace;
};

} // namespace baton
