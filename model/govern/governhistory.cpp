#include "governhistory.h"

#include "governweek.h"

#include "core/workspace.h"
#include "define/contractservice.h"
#include "instrument/validator.h"
#include "route/rulesetstore.h"

namespace baton {

namespace {

int signedBefore(const ContractDocument &document, qint64 instant)
{
    int parties = 0;
    for (const QString &party : Party::all()) {
        const ContractSignoff *signoff = document.signoff(party);
        if (signoff && (!signoff->signedAt.isValid() || signoff->signedAt.toSecsSinceEpoch() < instant))
            ++parties;
    }
    return parties;
}

bool activeAt(const ContractVersion &version, qint64 instant)
{
    return version.activatedAt.isValid() && version.activatedAt.toSecsSinceEpoch() < instant
        && (!version.supersededAt.isValid() || version.supersededAt.toSecsSinceEpoch() >= instant);
}

} // namespace

Result<ContractAt> GovernHistory::contractAt(Workspace &workspace, qint64 instant)
{
    ContractService contracts(workspace);
    auto versions = contracts.versions();
    if (!versions)
        return versions.error();
    ContractAt result;
    for (const ContractVersion &version : *versions) {
        if (!activeAt(version, instant))
            continue;
        auto document = contracts.document(version.id);
        if (!document)
            return document.error();
        result.versionId = version.id;
        result.number = version.number;
        result.partiesSigned = signedBefore(*document, instant);
        return result;
    }
    for (const ContractVersion &version : *versions) {
        auto document = contracts.document(version.id);
        if (!document)
            return document.error();
        result.partiesSigned = std::max(result.partiesSigned, signedBefore(*document, instant));
    }
    return result;
}

Result<qint64> GovernHistory::ruleSetAt(Workspace &workspace, qint64 instant)
{
    RuleSetStore store(workspace);
    auto sets = store.ruleSets();
    if (!sets)
        return sets.error();
    qint64 best = 0;
    qint64 bestAt = 0;
    qint64 earliest = 0;
    qint64 earliestAt = 0;
    bool activeUndated = false;
    for (const RoutingRuleSet &set : *sets) {
        if (set.status == RuleSetStatus::Draft)
            continue;
        if (!set.activatedAt.isValid()) {
            activeUndated = activeUndated || set.status == RuleSetStatus::Active;
            continue;
        }
        const qint64 at = set.activatedAt.toSecsSinceEpoch();
        if (at < instant && (best == 0 || at >= bestAt)) {
            best = set.id;
            bestAt = at;
        }
        if (earliest == 0 || at < earliestAt) {
            earliest = set.id;
            earliestAt = at;
        }
    }
    if (best > 0)
        return best;
    // Rules activated after the week (history imported or generated later): the first set that was in force.
    if (activeUndated)
        return store.activeRuleSetId();
    return earliest;
}

Result<ValidationReport> GovernHistory::validateWeek(Workspace &workspace, const IsoWeek &week)
{
    const GovernWeek span = GovernWeek::of(workspace, week);
    auto contract = contractAt(workspace, span.end);
    if (!contract)
        return contract.error();
    auto loaded = Validator::load(workspace);
    if (!loaded)
        return loaded.error();
    Validator::Rules rules = loaded->rules();
    if (contract->versionId == 0) {
        rules.contract.reset();
    } else if (!rules.contract || rules.contract->version.id != contract->versionId) {
        auto document = ContractService(workspace).document(contract->versionId);
        if (!document)
            return document.error();
        rules.contract = *document;
    }
    Validator validator(std::move(rules));
    ValidationOptions options;
    options.filter.fromWeek = week.code();
    options.filter.toWeek = week.code();
    return validator.run(workspace, options);
}

qint64 GovernHistory::definitionViolations(const ValidationReport &report)
{
    qint64 handoffs = 0;
    qint64 last = 0;
    for (const Violation &violation : report.details) { // in handoff order
        if (violation.handoffId == last)
            continue;
        if (violation.kind == ViolationKind::NotQualified || violation.kind == ViolationKind::MissingContext
            || violation.kind == ViolationKind::IllegalTransition) {
            ++handoffs;
            last = violation.handoffId;
        }
    }
    return handoffs;
}

} // namespace baton
