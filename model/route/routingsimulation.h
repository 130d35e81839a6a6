#pragma once

// Route: runs leads through a rule set before it goes live: who gets what, load per owner against
// capacity, and what changes against another rule set (the active one) on the same leads.
//
// Definitions (shown in the app and README):
//  - leads per owner: leads the router assigned to the owner in this run;
//  - per day: leads per owner / weekdays (Monday to Friday) from the first to the last lead's day;
//  - peak day: the most leads the owner got on one day; days over capacity: days with more leads than
//    the owner's capacity per day (round robin never exceeds it; named owners, account owners and the
//    fallback queue can);
//  - fallback: leads that went to the fallback queue; unassigned: leads left without a team (always 0
//    when the workspace has a fallback queue, which the router requires);
//  - changed: leads whose team (or owner, or deciding rule) differs between the two rule sets; rules are
//    compared by name, since a draft holds copies of the active rules under new ids.
// Capacity counts start at zero: the simulation does not add the load of handoffs already assigned.

#include "route/router.h"

#include <QJsonObject>
#include <QMap>

namespace baton {

class Workspace;
struct NameLookup;

struct OwnerLoad
{
    qint64 ownerId = 0;
    qint64 teamId = 0;
    qint64 leads = 0;
    int capacityPerDay = 0;
    int peakDay = 0;
    int daysOverCapacity = 0;
};

struct SimulationResult
{
    qint64 ruleSetId = 0;
    qint64 leads = 0;
    qint64 fallback = 0;
    qint64 unassigned = 0;
    qint64 withoutOwner = 0; // in the fallback queue with nobody available to take them
    int days = 0; // weekdays from the first to the last lead's day
    QList<OwnerLoad> owners; // most leads first
    QMap<qint64, qint64> teams; // team -> leads
    QMap<qint64, qint64> rules; // rule -> leads (0: no rule, the fallback queue)
    QList<RoutingDecision> decisions; // one per lead, in order

    // Against the other rule set, when one was given.
    qint64 comparedRuleSetId = 0;
    qint64 teamChanged = 0;
    qint64 ownerChanged = 0;
    qint64 ruleChanged = 0;
    qint64 fallbackBefore = 0;
    QMap<qint64, qint64> ownerLeadsBefore; // owner -> leads under the other rule set
    QMap<std::pair<qint64, qint64>, qint64> teamMoves; // (team before, team after) -> leads, changed ones only
};

class RoutingSimulation final
{
public:
    // Routes `leads` in order through rule set `ruleSetId` (0 = active) and, when `compareWith` is not 0,
    // separately through that rule set too.
    static Result<SimulationResult> run(Workspace &workspace, const QList<RoutingLead> &leads, qint64 ruleSetId,
        qint64 compareWith = 0);
    // The same with routers the caller compiled (and may have changed: roster what-ifs).
    static SimulationResult run(Router &router, const QList<RoutingLead> &leads, Router *baseline = nullptr);

    // The workspace's own handoffs handed off from `from` to `to` (days in the reporting time zone,
    // inclusive), as leads in hand-off order, with their account's current owner and team.
    static Result<QList<RoutingLead>> handoffLeads(Workspace &workspace, const QDate &from, const QDate &to);

    // {"leads": N, "assigned": N, "unassigned": 0, "fallback": N, "owners": [...], ...}
    static QJsonObject toJson(const SimulationResult &result, const NameLookup &names, const CoverageModel &model);
};

} // namespace baton
