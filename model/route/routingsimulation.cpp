#include "routingsimulation.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "data/names.h"
#include "route/rulesetstore.h"

#include <QJsonArray>

#include <algorithm>

namespace baton {

Result<SimulationResult> RoutingSimulation::run(Workspace &workspace, const QList<RoutingLead> &leads, qint64 ruleSetId,
    qint64 compareWith)
{
    RuleSetStore store(workspace);
    auto id = store.resolve(ruleSetId);
    if (!id)
        return id.error();
    auto router = Router::load(workspace, *id);
    if (!router)
        return router.error();
    std::optional<Router> baseline;
    if (compareWith != 0) {
        auto other = Router::load(workspace, compareWith);
        if (!other)
            return other.error();
        baseline = std::move(*other);
    }
    SimulationResult result = run(*router, leads, baseline ? &*baseline : nullptr);
    result.ruleSetId = *id;
    result.comparedRuleSetId = compareWith;
    return result;
}

SimulationResult RoutingSimulation::run(Router &router, const QList<RoutingLead> &leads, Router *baseline)
{
    SimulationResult result;
    result.leads = leads.size();
    result.decisions.reserve(leads.size());
    QHash<qint64, OwnerLoad> owners;
    QHash<std::pair<qint64, qint64>, int> perDay; // (owner, day) -> leads
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    for (const RoutingLead &lead : leads) {
        const RoutingDecision decision = router.route(lead);
        result.decisions << decision;
        if (lead.day.isValid()) {
            const qint64 day = lead.day.toJulianDay();
            firstDay = firstDay ? std::min(firstDay, day) : day;
            lastDay = std::max(lastDay, day);
        }
        if (decision.teamId == 0 && decision.ownerId == 0)
            ++result.unassigned;
        if (decision.fallback)
            ++result.fallback;
        if (decision.fallback && decision.ownerId == 0)
            ++result.withoutOwner;
        if (decision.teamId)
            ++result.teams[decision.teamId];
        ++result.rules[decision.ruleId];
        if (decision.ownerId) {
            OwnerLoad &load = owners[decision.ownerId];
            load.ownerId = decision.ownerId;
            ++load.leads;
            if (lead.day.isValid())
                ++perDay[{ decision.ownerId, lead.day.toJulianDay() }];
        }
        if (baseline) {
            const RoutingDecision before = baseline->route(lead);
            if (before.fallback)
                ++result.fallbackBefore;
            if (before.ownerId)
                ++result.ownerLeadsBefore[before.ownerId];
            if (before.teamId != decision.teamId) {
                ++result.teamChanged;
                ++result.teamMoves[{ before.teamId, decision.teamId }];
            }
            if (before.ownerId != decision.ownerId)
                ++result.ownerChanged;
            if (baseline->ruleName(before.ruleId) != router.ruleName(decision.ruleId))
                ++result.ruleChanged;
        }
    }
    for (qint64 day = firstDay; firstDay && day <= lastDay; ++day)
        if (QDate::fromJulianDay(day).dayOfWeek() <= 5)
            ++result.days;
    const OwnerRoster &roster = router.roster();
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        OwnerLoad &load = owners[it.key().first];
        load.peakDay = std::max(load.peakDay, it.value());
        const int index = roster.indexOf(it.key().first);
        if (index >= 0 && it.value() > roster.capacityPerDay(index))
            ++load.daysOverCapacity;
    }
    for (OwnerLoad load : std::as_const(owners)) {
        const int index = roster.indexOf(load.ownerId);
        if (index >= 0) {
            load.teamId = roster.teamId(index);
            load.capacityPerDay = roster.capacityPerDay(index);
        }
        result.owners << load;
    }
    std::sort(result.owners.begin(), result.owners.end(), [](const OwnerLoad &a, const OwnerLoad &b) {
        return a.leads > b.leads || (a.leads == b.leads && a.ownerId < b.ownerId);
    });
    return result;
}

Result<QList<RoutingLead>> RoutingSimulation::handoffLeads(Workspace &workspace, const QDate &from, const QDate &to)
{
    LocalDays days(HandoffRepository(workspace).reportingZone());
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT h.signal_type_id, h.territory_id, h.segment_id, h.industry_id, h.source, h.account_id, "
                       "a.owner_id, a.team_id, h.handed_off_at FROM handoff h LEFT JOIN account a ON a.id = h.account_id "
                       "WHERE h.handed_off_at >= ? AND h.handed_off_at < ? ORDER BY h.handed_off_at, h.id"),
        { days.startOf(from), days.startOf(to.addDays(1)) });
    if (!query)
        return query.error();
    QList<RoutingLead> leads;
    while (query->next()) {
        RoutingLead lead;
        lead.signalTypeId = query->value(0).toLongLong();
        lead.territoryId = query->value(1).toLongLong();
        lead.segmentId = query->value(2).toLongLong();
        lead.industryId = query->value(3).toLongLong();
        lead.source = query->value(4).toString();
        lead.accountId = query->value(5).toLongLong();
        lead.accountOwnerId = query->value(6).toLongLong();
        lead.accountTeamId = query->value(7).toLongLong();
        lead.day = days.dayOf(query->value(8).toLongLong());
        leads << lead;
    }
    return leads;
}

QJsonObject RoutingSimulation::toJson(const SimulationResult &result, const NameLookup &names, const CoverageModel &model)
{
    const auto name = [](const QHash<qint64, QString> &map, qint64 id) {
        return id ? QJsonValue(map.value(id)) : QJsonValue();
    };
    QJsonArray owners;
    for (const OwnerLoad &load : result.owners) {
        QJsonObject owner { { "id", load.ownerId }, { "name", names.owners.value(load.ownerId) },
            { "team", name(names.teams, load.teamId) }, { "leads", load.leads },
            { "per_day", result.days ? double(load.leads) / result.days : 0.0 },
            { "capacity_per_day", load.capacityPerDay }, { "peak_day", load.peakDay },
            { "days_over_capacity", load.daysOverCapacity } };
        if (result.comparedRuleSetId)
            owner.insert(QStringLiteral("leads_before"), result.ownerLeadsBefore.value(load.ownerId));
        owners << owner;
    }
    QJsonArray teams;
    for (auto it = result.teams.cbegin(); it != result.teams.cend(); ++it)
        teams << QJsonObject { { "id", it.key() }, { "name", names.teams.value(it.key()) }, { "leads", it.value() },
            { "fallback", it.key() == model.fallbackTeamId() } };
    QJsonArray rules;
    for (auto it = result.rules.cbegin(); it != result.rules.cend(); ++it)
        rules << QJsonObject { { "id", it.key() ? QJsonValue(it.key()) : QJsonValue() },
            { "name", it.key() ? QJsonValue(names.rules.value(it.key())) : QJsonValue(QStringLiteral("(fallback queue)")) },
            { "leads", it.value() } };
    QJsonObject json {
        { "rule_set_id", result.ruleSetId },
        { "leads", result.leads },
        { "assigned", result.leads - result.unassigned },
        { "unassigned", result.unassigned },
        { "fallback", result.fallback },
        { "fallback_without_owner", result.withoutOwner },
        { "days", result.days },
        { "owners", owners },
        { "teams", teams },
        { "rules", rules },
    };
    if (result.comparedRuleSetId) {
        QJsonArray moves;
        for (auto it = result.teamMoves.cbegin(); it != result.teamMoves.cend(); ++it)
            moves << QJsonObject { { "from", name(names.teams, it.key().first) }, { "to", name(names.teams, it.key().second) },
                { "leads", it.value() } };
        json.insert(QStringLiteral("compared_with"),
            QJsonObject { { "rule_set_id", result.comparedRuleSetId }, { "team_changed", result.teamChanged },
                { "owner_changed", result.ownerChanged }, { "rule_changed", result.ruleChanged },
                { "fallback_before", result.fallbackBefore }, { "team_moves", moves } });
    }
    return json;
}

} // namespace baton
