#include "routetext.h"

#include "pages/contracthtml.h"
#include "route/rulesetstore.h"

namespace baton {

namespace {

template <typename Entity>
QString names(const QList<Entity> &entities, const QList<qint64> &ids)
{
    QStringList found;
    for (qint64 id : ids) {
        QString name = QCoreApplication::translate("baton::RouteText", "(removed #%1)").arg(id);
        for (const Entity &entity : entities)
            if (entity.id == id)
                name = entity.name;
        found << name;
    }
    return found.join(QStringLiteral(", "));
}

} // namespace

QString RouteText::conditions(const RuleConditions &c, const CoverageModel &model)
{
    QStringList parts;
    if (!c.signalTypes.isEmpty())
        parts << tr("Signal: %1").arg(names(model.signalTypes, c.signalTypes));
    if (!c.intentTiers.isEmpty()) {
        QStringList tiers;
        for (const QString &tier : c.intentTiers)
            tiers << ContractHtml::tierName(tier);
        parts << tiers.join(QStringLiteral(", ")); // "High intent" names its condition itself
    }
    if (!c.territories.isEmpty())
        parts << tr("Territory: %1").arg(names(model.territories, c.territories));
    if (!c.segments.isEmpty())
        parts << tr("Segment: %1").arg(names(model.segments, c.segments));
    if (!c.industries.isEmpty())
        parts << tr("Industry: %1").arg(names(model.industries, c.industries));
    if (!c.sources.isEmpty())
        parts << tr("Source: %1").arg(c.sources.join(QStringLiteral(", ")));
    if (c.accountOwned)
        parts << (*c.accountOwned ? tr("account has an owner") : tr("no account owner"));
    return parts.isEmpty() ? tr("Every lead") : parts.join(QStringLiteral(" · "));
}

QString RouteText::assignment(const RoutingRule &rule, const CoverageModel &model)
{
    if (rule.assignKind == AssignKind::Owner) {
        const Owner *owner = model.owner(rule.assignOwnerId);
        return tr("Owner: %1").arg(owner ? owner->name : tr("(removed)"));
    }
    if (rule.assignKind == AssignKind::AccountOwner)
        return tr("Account owner, else the account's team");
    const Team *team = model.team(rule.assignTeamId);
    return tr("Round robin: %1").arg(team ? team->name : tr("(removed)"));
}

QString RouteText::assignKindName(const QString &kind)
{
    if (kind == AssignKind::Owner)
        return tr("A named owner");
    if (kind == AssignKind::AccountOwner)
        return tr("The account's owner (else the account's team)");
    return tr("Round robin over a team or queue");
}

QString RouteText::ruleSetLabel(const RoutingRuleSet &set)
{
    if (set.status == RuleSetStatus::Active)
        return tr("%1 (active)").arg(set.name);
    if (set.status == RuleSetStatus::Draft)
        return tr("%1 (draft)").arg(set.name);
    return tr("%1 (archived)").arg(set.name);
}

} // namespace baton
