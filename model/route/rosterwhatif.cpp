#include "rosterwhatif.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "route/rulesetstore.h"

#include <QDateTime>

#include <algorithm>

namespace baton {

CoverageModel RosterChange::appliedTo(CoverageModel model) const
{
    return appliedOver(std::move(model), from, to);
}

CoverageModel RosterChange::appliedOver(CoverageModel model, const QDate &windowFrom, const QDate &windowTo) const
{
    for (Owner &owner : model.owners) {
        if (owner.id != ownerId)
            continue;
        if (kind == Kind::Leaving) {
            const QDate lastDay = windowFrom.addDays(-1);
            if (!owner.activeUntil.isValid() || owner.activeUntil > lastDay)
                owner.activeUntil = lastDay;
        } else {
            model.absences << OwnerAbsence { 0, 0, ownerId, windowFrom, windowTo, QString() };
        }
    }
    return model;
}

Result<RosterWhatIfResult> RosterWhatIf::run(Workspace &workspace, const RosterChange &change, int weeks)
{
    if (!change.from.isValid() || (change.kind == RosterChange::Kind::Away && (!change.to.isValid() || change.to < change.from)))
        return fail(tr("Give the first day of the change (and, for an absence, a last day on or after it)."),
            Error::Kind::Invalid);
    auto model = CoverageModel::load(workspace);
    if (!model)
        return model.error();
    if (!model->owner(change.ownerId))
        return fail(tr("There is no owner %1.").arg(change.ownerId), Error::Kind::NotFound);
    RuleSetStore store(workspace);
    auto ruleSet = store.resolve(0);
    if (!ruleSet)
        return ruleSet.error();
    auto rules = store.rules(*ruleSet);
    if (!rules)
        return rules.error();

    RosterWhatIfResult result;
    result.change = change;
    CoverageOptions options;
    options.day = change.from;
    result.before = std::make_shared<CoverageAnalysis>(*model, *rules, options);
    result.after = std::make_shared<CoverageAnalysis>(change.appliedTo(*model), *rules, options);
    const CoverageAnalysis &before = *result.before;
    using Axis = CoverageAnalysis::Axis;
    CoverageAnalysis::Scenario s;
    for (s.signalType = 0; s.signalType < before.valueCount(Axis::SignalType); ++s.signalType)
        for (s.territory = 0; s.territory < before.valueCount(Axis::Territory); ++s.territory)
            for (s.segment = 0; s.segment < before.valueCount(Axis::Segment); ++s.segment)
                for (s.industry = 0; s.industry < before.valueCount(Axis::Industry); ++s.industry)
                    for (s.source = 0; s.source < before.valueCount(Axis::Source); ++s.source)
                        for (const bool owned : { false, true }) {
                            s.accountOwned = owned;
                            const auto was = before.outcome(s);
                            const auto now = result.after->outcome(s);
                            if (was.reach != now.reach || was.rule != now.rule)
                                result.shifts << ScenarioShift { s, was, now };
                        }

    // Projected load over the last `weeks` weeks before the as-of day.
    result.windowTo = QDateTime::fromSecsSinceEpoch(workspace.asOf(), Qt::UTC).date();
    result.windowFrom = result.windowTo.addDays(-7 * qint64(std::max(1, weeks)) + 1);
    for (QDate day = result.windowFrom; day <= result.windowTo; day = day.addDays(1))
        if (day.dayOfWeek() <= 5)
            ++result.weekdays;
    auto leads = RoutingSimulation::handoffLeads(workspace, result.windowFrom, result.windowTo);
    if (!leads)
        return leads.error();
    auto baseline = Router::compile(*model, *rules);
    if (!baseline)
        return baseline.error();
    auto changed = Router::compile(change.appliedOver(*model, result.windowFrom, result.windowTo), *rules);
    if (!changed)
        return changed.error();
    const SimulationResult replay = RoutingSimulation::run(*changed, *leads, &*baseline);
    result.replayedLeads = replay.leads;
    result.fallbackBefore = replay.fallbackBefore;
    result.fallbackAfter = replay.fallback;
    QMap<qint64, ProjectedLoad> loads;
    for (auto it = replay.ownerLeadsBefore.cbegin(); it != replay.ownerLeadsBefore.cend(); ++it)
        loads[it.key()].leadsBefore = it.value();
    for (const OwnerLoad &load : replay.owners)
        loads[load.ownerId].leadsAfter = load.leads;
    const double days = std::max(1, result.weekdays);
    for (auto it = loads.begin(); it != loads.end(); ++it) {
        ProjectedLoad load = it.value();
        load.ownerId = it.key();
        if (const Owner *owner = model->owner(it.key())) {
            load.teamId = owner->teamId;
            load.capacityPerDay = owner->capacityPerDay;
        }
        load.perDayBefore = double(load.leadsBefore) / days;
        load.perDayAfter = double(load.leadsAfter) / days;
        result.loads << load;
    }
    std::sort(result.loads.begin(), result.loads.end(), [](const ProjectedLoad &a, const ProjectedLoad &b) {
        return a.leadsAfter > b.leadsAfter || (a.leadsAfter == b.leadsAfter && a.ownerId < b.ownerId);
    });

    auto accounts = scalar(workspace.db(), QStringLiteral("SELECT count(*) FROM account WHERE owner_id = ?"), { change.ownerId });
    if (!accounts)
        return accounts.error();
    result.ownedAccounts = accounts->toLongLong();
    auto open = scalar(workspace.db(), QStringLiteral("SELECT count(*) FROM handoff WHERE owner_id = ? AND outcome = 'open'"),
        { change.ownerId });
    if (!open)
        return open.error();
    result.openHandoffs = open->toLongLong();
    return result;
}

} // namespace baton
