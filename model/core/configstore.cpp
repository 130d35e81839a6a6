#include "configstore.h"

#include "auditlog.h"

#include "sql.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::ConfigStore", text);
}

QString rowJson(const QStringList &columns, const QVariantList &values)
{
    QJsonObject object;
    for (int i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), QJsonValue::fromVariant(values.at(i)));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString ConfigStore::tableLabel(const QString &table)
{
    return AuditLogRepository::entityLabel(table);
}

QVariant ConfigStore::auditText(const QVariant &value)
{
    if (value.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    return value.toString();
}

Result<void> ConfigStore::audit(const QString &table, qint64 id, const QString &action, const QString &field,
    const QVariant &oldValue, const QVariant &newValue)
{
    auto written = execSql(m_workspace.db(),
        QStringLiteral("INSERT INTO audit_log(at, actor, entity, entity_id, action, field, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { QDateTime::currentSecsSinceEpoch(), m_workspace.actor(), table, id, action,
            field.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(field), auditText(oldValue),
            auditText(newValue) });
    if (!written)
        return written.error();
    return {};
}

Result<qint64> ConfigStore::insert(const QString &table, const Row &row)
{
    qint64 id = 0;
    auto done = m_workspace.transaction([&]() -> Result<void> {
        QStringList columns;
        QStringList marks;
        QVariantList values;
        for (const auto &[column, value] : row) {
            columns << column;
            marks << QStringLiteral("?");
            values << value;
        }
        auto query = execSql(m_workspace.db(),
            QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(table, columns.join(u','), marks.join(u',')), values);
        if (!query)
            return query.error();
        id = query->lastInsertId().toLongLong();
        return audit(table, id, QStringLiteral("insert"), {}, {}, rowJson(columns, values));
    });
    if (!done)
        return done.error();
    return id;
}

Result<QVariantList> ConfigStore::readRow(const QString &table, qint64 id, const QStringList &columns, qint64 *version)
{
    auto query = execSql(m_workspace.db(),
        QStringLiteral("SELECT row_version%1%2 FROM %3 WHERE id = ?")
            .arg(columns.isEmpty() ? QString() : QStringLiteral(","), columns.join(u','), table),
        { id });
    if (!query)
        return query.error();
    if (!query->next())
        return fail(tr("This item (%1) no longer exists; someone else may have deleted it.").arg(tableLabel(table)),
            Error::Kind::NotFound);
    *version = query->value(0).toLongLong();
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i)
        values << query->value(i + 1);
    return values;
}

Result<qint64> ConfigStore::update(const QString &table, qint64 id, qint64 expectedVersion, const Row &row)
{
    qint64 newVersion = 0;
    auto done = m_workspace.transaction([&]() -> Result<void> {
        QStringList columns;
        for (const auto &entry : row)
            columns << entry.first;
        qint64 current = 0;
        auto old = readRow(table, id, columns, &current);
        if (!old)
            return old.error();
        if (expectedVersion != AnyVersion && current != expectedVersion)
            return fail(tr("This item (%1) was changed by someone else since you opened it; reload and try again.").arg(tableLabel(table)),
                Error::Kind::Conflict);
        QStringList assignments;
        QVariantList values;
        for (int i = 0; i < row.size(); ++i) {
            const QVariant &before = old->at(i);
            const QVariant &after = row.at(i).second;
            if (auditText(before) == auditText(after) && before.isNull() == after.isNull())
                continue;
            assignments << row.at(i).first + QStringLiteral(" = ?");
            values << after;
            BATON_TRY(audit(table, id, QStringLiteral("update"), row.at(i).first, before, after));
        }
        newVersion = current;
        if (assignments.isEmpty())
            return {};
        newVersion = current + 1;
        values << id << current;
        auto query = execSql(m_workspace.db(),
            QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                .arg(table, assignments.join(u',')),
            values);
        if (!query)
            return query.error();
        if (query->numRowsAffected() != 1)
            return fail(tr("This item (%1) was changed by someone else; reload and try again.").arg(tableLabel(table)), Error::Kind::Conflict);
        return {};
    });
    if (!done)
        return done.error();
    return newVersion;
}

Result<void> ConfigStore::remove(const QString &table, qint64 id, qint64 expectedVersion)
{
    return m_workspace.transaction([&]() -> Result<void> {
        auto record = execSql(m_workspace.db(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), { id });
        if (!record)
            return record.error();
        if (!record->next())
            return fail(tr("This item (%1) no longer exists; someone else may have deleted it.").arg(tableLabel(table)),
                Error::Kind::NotFound);
        const QSqlRecord fields = record->record();
        QStringList columns;
        QVariantList values;
        for (int i = 0; i < fields.count(); ++i) {
            columns << fields.fieldName(i);
            values << record->value(i);
        }
        const qint64 current = record->value(QStringLiteral("row_version")).toLongLong();
        if (expectedVersion != AnyVersion && current != expectedVersion)
            return fail(tr("This item (%1) was changed by someone else since you opened it; reload and try again.").arg(tableLabel(table)),
                Error::Kind::Conflict);
        auto query = execSql(m_workspace.db(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), { id });
        if (!query)
            return query.error();
        return audit(table, id, QStringLiteral("delete"), {}, rowJson(columns, values), {});
    });
}

} // namespace baton
