#pragma once

// Typed access to one configuration table. An Entity describes its table:
//
//   struct SignalType {
//       qint64 id = 0; qint64 rowVersion = 0; ...
//       static QString table();               // "signal_type"
//       static QStringList columns();         // every column but id and row_version
//       static QString orderBy();             // default ORDER BY clause
//       QVariantList values() const;          // in columns() order
//       static SignalType fromValues(const QVariantList &values);   // in columns() order
//   };
//
// Writes go through ConfigStore, so they are audited and version-checked.

#include "configstore.h"
#include "sql.h"
#include "workspace.h"

#include <QDate>
#include <QDateTime>

namespace baton {

template <typename Entity>
class Repository final
{
public:
    explicit Repository(Workspace &workspace) : m_workspace(workspace) { }

    // All rows, optionally narrowed by a WHERE clause written in code with bound values.
    Result<QList<Entity>> list(const QString &where = {}, const QVariantList &values = {}) const
    {
        QString sql = QStringLiteral("SELECT id, row_version, %1 FROM %2").arg(Entity::columns().join(u','), Entity::table());
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        sql += QStringLiteral(" ORDER BY ") + Entity::orderBy();
        auto query = execSql(m_workspace.db(), sql, values);
        if (!query)
            return query.error();
        const int count = int(Entity::columns().size());
        QList<Entity> entities;
        while (query->next()) {
            QVariantList row;
            row.reserve(count);
            for (int i = 0; i < count; ++i)
                row << query->value(i + 2);
            Entity entity = Entity::fromValues(row);
            entity.id = query->value(0).toLongLong();
            entity.rowVersion = query->value(1).toLongLong();
            entities << entity;
        }
        return entities;
    }

    Result<Entity> get(qint64 id) const
    {
        auto rows = list(QStringLiteral("id = ?"), { id });
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return fail(QStringLiteral("%1 %2 does not exist.").arg(Entity::table()).arg(id), Error::Kind::NotFound);
        return rows->first();
    }

    // Inserts `entity` and sets its id and version.
    Result<qint64> add(Entity &entity)
    {
        auto id = ConfigStore(m_workspace).insert(Entity::table(), row(entity));
        if (!id)
            return id.error();
        entity.id = *id;
        entity.rowVersion = 1;
        return *id;
    }

    // Inserts `entity` with its own id again (undoing a delete, redoing an add); audited like add().
    Result<qint64> restore(Entity &entity)
    {
        Row values = row(entity);
        values.prepend({ QStringLiteral("id"), entity.id });
        auto id = ConfigStore(m_workspace).insert(Entity::table(), values);
        if (!id)
            return id.error();
        entity.rowVersion = 1;
        return *id;
    }

    // Saves `entity` if nobody changed it since it was read; updates its version.
    Result<void> update(Entity &entity)
    {
        auto version = ConfigStore(m_workspace).update(Entity::table(), entity.id, entity.rowVersion, row(entity));
        if (!version)
            return version.error();
        entity.rowVersion = *version;
        return {};
    }

    Result<void> remove(const Entity &entity)
    {
        return ConfigStore(m_workspace).remove(Entity::table(), entity.id, entity.rowVersion);
    }

    static Row row(const Entity &entity)
    {
        const QStringList columns = Entity::columns();
        const QVariantList values = entity.values();
        Row result;
        result.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            result.append({ columns.at(i), values.at(i) });
        return result;
    }

private:
    Workspace &m_workspace;
};

// Helpers for Entity::values()/fromValues().
inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
inline QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
inline QVariant nullableInstant(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QDateTime instantFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace baton
