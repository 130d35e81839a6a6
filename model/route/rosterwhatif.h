#pragma once

// Route: what happens to routing when an owner leaves or is away, before it happens. Nothing is
// saved: the change is applied to a copy of the coverage model.
//
//  - Scenarios that lose their owner: coverage analysis of the active rules on the change's first day,
//    with and without the change; every scenario whose outcome differs is listed with where it goes now
//    and where it would go instead.
//  - Projected load: the last N weeks of handoffs routed again through the active rules twice, with
//    everyone as they were and as if the owner had been away (or gone) the whole time. Load per owner
//    is leads / weekdays (Monday to Friday) in those weeks, next to their capacity per day.
//  - The owner's accounts and open handoffs, which stay with them until someone reassigns them.

#include "route/coverageanalysis.h"
#include "route/routingsimulation.h"

#include <memory>

namespace baton {

class Workspace;

struct RosterChange
{
    enum class Kind { Leaving, Away };
    qint64 ownerId = 0;
    Kind kind = Kind::Away;
    QDate from; // Away: the first day away. Leaving: the first day no longer working.
    QDate to; // Away: the last day away (inclusive); unused when leaving

    // The same model with this change made to it, or with the change spread over [windowFrom, windowTo].
    CoverageModel appliedTo(CoverageModel model) const;
    CoverageModel appliedOver(CoverageModel model, const QDate &windowFrom, const QDate &windowTo) const;
};

struct ScenarioShift
{
    CoverageAnalysis::Scenario scenario;
    CoverageAnalysis::Outcome before;
    CoverageAnalysis::Outcome after;
};

struct ProjectedLoad
{
    qint64 ownerId = 0;
    qint64 teamId = 0;
    int capacityPerDay = 0;
    qint64 leadsBefore = 0;
    qint64 leadsAfter = 0;
    double perDayBefore = 0;
    double perDayAfter = 0;
    bool overCapacity() const { return perDayAfter > capacityPerDay; }
};

struct RosterWhatIfResult
{
    RosterChange change;
    std::shared_ptr<CoverageAnalysis> before; // coverage on change.from as things are
    std::shared_ptr<CoverageAnalysis> after; // ... and with the change
    QList<ScenarioShift> shifts;
    QDate windowFrom;
    QDate windowTo;
    int weekdays = 0;
    qint64 replayedLeads = 0;
    qint64 fallbackBefore = 0;
    qint64 fallbackAfter = 0;
    QList<ProjectedLoad> loads; // every owner who gets leads in either run, most leads after first
    qint64 ownedAccounts = 0; // accounts the owner holds
    qint64 openHandoffs = 0; // handoffs still open with the owner
};

class RosterWhatIf final
{
    Q_DECLARE_TR_FUNCTIONS(baton::RosterWhatIf)
public:
    // `weeks` of handoffs before the workspace's as-of day feed the projected load.
    static Result<RosterWhatIfResult> run(Workspace &workspace, const RosterChange &change, int weeks = 4);
};

} // namespace baton
