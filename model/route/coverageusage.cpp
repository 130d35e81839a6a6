#include "coverageusage.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "route/routingrules.h"

namespace baton {

namespace {

Result<qint64> count(Workspace &workspace, const QString &sql, qint64 id)
{
    auto value = scalar(workspace.db(), sql, { id });
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace

Result<QString> CoverageUsage::whyNotRemovable(Workspace &workspace, const QString &table, qint64 id)
{
    // Which tables refer to `table` by which column (identifiers from code only).
    struct Reference
    {
        const char *table;
        const char *column;
        const char *what;
    };
    QList<Reference> references;
    if (table == QStringLiteral("owner"))
        references = { { "handoff", "owner_id", QT_TR_NOOP("handoffs: %1") }, { "account", "owner_id", QT_TR_NOOP("accounts: %1") },
            { "routing_rule", "assign_owner_id", QT_TR_NOOP("routing rules: %1") } };
    else if (table == QStringLiteral("team"))
        references = { { "owner", "team_id", QT_TR_NOOP("owners: %1") }, { "handoff", "team_id", QT_TR_NOOP("handoffs: %1") },
            { "account", "team_id", QT_TR_NOOP("accounts: %1") }, { "routing_rule", "assign_team_id", QT_TR_NOOP("routing rules: %1") } };
    else if (table == QStringLiteral("territory"))
        references = { { "handoff", "territory_id", QT_TR_NOOP("handoffs: %1") }, { "account", "territory_id", QT_TR_NOOP("accounts: %1") } };
    else if (table == QStringLiteral("segment"))
        references = { { "handoff", "segment_id", QT_TR_NOOP("handoffs: %1") }, { "account", "segment_id", QT_TR_NOOP("accounts: %1") } };
    else if (table == QStringLiteral("industry"))
        references = { { "handoff", "industry_id", QT_TR_NOOP("handoffs: %1") }, { "account", "industry_id", QT_TR_NOOP("accounts: %1") } };

    QStringList uses;
    for (const Reference &reference : references) {
        auto used = count(workspace,
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(QLatin1String(reference.table), QLatin1String(reference.column)), id);
        if (!used)
            return used.error();
        if (*used > 0)
            uses << tr(reference.what).arg(*used);
    }
    // Rule conditions name territories, segments and industries inside their JSON.
    const QMap<QString, QString> conditionKeys { { QStringLiteral("territory"), QStringLiteral("territory") },
        { QStringLiteral("segment"), QStringLiteral("segment") }, { QStringLiteral("industry"), QStringLiteral("industry") } };
    if (conditionKeys.contains(table)) {
        auto rules = Repository<RoutingRule>(workspace).list();
        if (!rules)
            return rules.error();
        int naming = 0;
        for (const RoutingRule &rule : *rules) {
            const RuleConditions &c = rule.conditions;
            const QList<qint64> &ids = table == QStringLiteral("territory") ? c.territories
                : table == QStringLiteral("segment")                       ? c.segments
                                                                           : c.industries;
            naming += ids.contains(id) ? 1 : 0;
        }
        if (naming > 0)
            uses << tr("routing rules naming it: %1").arg(naming);
    }
    if (uses.isEmpty())
        return QString();
    if (table == QStringLiteral("owner"))
        return tr("This owner is still referred to (%1). Set their last working day instead, so that history keeps "
                  "its owner and routing stops giving them leads.")
            .arg(uses.join(QStringLiteral(", ")));
    return tr("It is still referred to (%1). Change or remove those first.").arg(uses.join(QStringLiteral(", ")));
}

} // namespace baton
