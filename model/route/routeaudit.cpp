#include "routeaudit.h"

#include "core/sql.h"
#include "core/workspace.h"

namespace baton {

QStringList RouteAudit::tables()
{
    return { QStringLiteral("territory"), QStringLiteral("territory_area"), QStringLiteral("segment"),
        QStringLiteral("industry"), QStringLiteral("team"), QStringLiteral("team_member"), QStringLiteral("owner"),
        QStringLiteral("owner_absence"), QStringLiteral("routing_rule_set"), QStringLiteral("routing_rule") };
}

Result<QList<AuditEntry>> RouteAudit::recent(Workspace &workspace, int limit)
{
    QStringList marks;
    QVariantList values;
    for (const QString &table : tables()) {
        marks << QStringLiteral("?");
        values << table;
    }
    values << limit;
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT at, actor, entity, entity_id, action, field, old_value, new_value FROM audit_log "
                       "WHERE entity IN (%1) ORDER BY id DESC LIMIT ?")
            .arg(marks.join(u',')),
        values);
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next())
        entries << AuditEntry { QDateTime::fromSecsSinceEpoch(query->value(0).toLongLong(), Qt::UTC), query->value(1).toString(),
            query->value(2).toString(), query->value(3).toLongLong(), query->value(4).toString(), query->value(5).toString(),
            query->value(6).toString(), query->value(7).toString() };
    return entries;
}

} // namespace baton
