#include "maturityevidence.h"

#include "governhistory.h"
#include "governweek.h"
#include "maturitymatrix.h"

#include "core/workspace.h"
#include "data/handoff.h"
#include "enforce/escalation.h"
#include "enforce/sla.h"
#include "enforce/slareport.h"
#include "feedback/recycling.h"
#include "optimize/kpiengine.h"
#include "route/coverageanalysis.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace baton {

using namespace MaturityThresholds;

namespace {

constexpr double Epsilon = 1e-12;

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString share(qint64 part, qint64 whole)
{
    return MaturityMatrix::shareText(whole > 0 ? double(part) / double(whole) : 0.0);
}

// "…: supports stage 2; stage 3 needs …".
QString verdict(const QString &fact, int stage, const MaturityRule &rule)
{
    if (stage >= 3)
        return MaturityEvidence::tr("%1 Supports stage 3.").arg(fact);
    return MaturityEvidence::tr("%1 Supports stage %2; stage %3 needs %4.")
        .arg(fact)
        .arg(stage)
        .arg(stage + 1)
        .arg(stage == 2 ? rule.stage3 : rule.stage2);
}

QString noHandoffs()
{
    return MaturityEvidence::tr("No handoffs in the week: nothing shows the rule is kept.");
}

MaturityRule ruleOf(const QString &key)
{
    for (const MaturityRule &rule : MaturityMatrix::rules())
        if (rule.key == key)
            return rule;
    return {};
}

MaturityCriterion criterion(const QString &key, int stage, const QString &fact, std::optional<double> value = {})
{
    return { key, stage, verdict(fact, stage, ruleOf(key)), value };
}

} // namespace

QStringList DimensionAssessment::reasons() const
{
    QStringList texts;
    for (const MaturityCriterion &criterion : criteria)
        texts << criterion.reason;
    return texts;
}

const DimensionAssessment *MaturityAssessment::dimension(const QString &key) const
{
    for (const DimensionAssessment &d : dimensions)
        if (d.dimension == key)
            return &d;
    return nullptr;
}

QJsonObject MaturityAssessment::toJson() const
{
    QJsonArray array;
    for (const DimensionAssessment &d : dimensions) {
        QJsonArray criteria;
        for (const MaturityCriterion &c : d.criteria)
            criteria.append(QJsonObject { { "key", c.key }, { "supports", c.supports },
                { "value", c.value ? QJsonValue(*c.value) : QJsonValue() } });
        QJsonObject object { { "dimension", d.dimension }, { "title", MaturityMatrix::dimensionTitle(d.dimension) },
            { "self_stage", d.self ? QJsonValue(d.self->stage) : QJsonValue() },
            { "self_assessed_on", d.self ? QJsonValue(d.self->assessedOn.toString(Qt::ISODate)) : QJsonValue() },
            { "self_note", d.self ? QJsonValue(d.self->note) : QJsonValue() }, { "evidence_stage", d.evidenceStage },
            { "reasons", QJsonArray::fromStringList(d.reasons()) }, { "criteria", criteria } };
        array.append(object);
    }
    return QJsonObject { { "week", week.label() },
        { "as_of", QDateTime::fromSecsSinceEpoch(asOf, Qt::UTC).toString(Qt::ISODate) }, { "dimensions", array } };
}

int MaturityEvidence::supports(double value, double stage3, double stage2, bool higherIsBetter)
{
    if (higherIsBetter)
        return value + Epsilon >= stage3 ? 3 : value + Epsilon >= stage2 ? 2 : 1;
    return value <= stage3 + Epsilon ? 3 : value <= stage2 + Epsilon ? 2 : 1;
}

Result<IsoWeek> MaturityEvidence::defaultWeek(Workspace &workspace)
{
    auto last = SlaReport::lastCompleteWeek(workspace, workspace.asOf());
    if (!last)
        return last.error();
    if (*last)
        return **last;
    LocalDays days(HandoffRepository(workspace).reportingZone());
    return IsoWeek::fromDate(days.dayOf(workspace.asOf()));
}

Result<QHash<QString, MaturitySelfAssessment>> MaturityEvidence::selfAssessments(Workspace &workspace, const QDate &day)
{
    auto all = day.isValid() ? Repository<MaturitySelfAssessment>(workspace).list(QStringLiteral("assessed_on <= ?"),
                                   { day.toString(Qt::ISODate) })
                             : Repository<MaturitySelfAssessment>(workspace).list();
    if (!all)
        return all.error();
    QHash<QString, MaturitySelfAssessment> latest;
    for (const MaturitySelfAssessment &assessment : *all) // ordered by day, then id: the last one wins
        latest.insert(assessment.dimension, assessment);
    return latest;
}

Result<MaturityFacts> MaturityEvidence::gather(Workspace &workspace, const IsoWeek &week, const ValidationReport *validation)
{
    const GovernWeek span = GovernWeek::of(workspace, week);
    MaturityFacts facts;
    HandoffFilter weekFilter;
    weekFilter.fromWeek = week.code();
    weekFilter.toWeek = week.code();

    // Definitions: the contract in force at the week's end, and the validator against it.
    auto contract = GovernHistory::contractAt(workspace, span.end);
    if (!contract)
        return contract.error();
    facts.contractNumber = contract->number;
    facts.partiesSigned = contract->partiesSigned;
    ValidationReport computed;
    if (!validation) {
        auto report = GovernHistory::validateWeek(workspace, week);
        if (!report)
            return report.error();
        computed = std::move(*report);
        validation = &computed;
    }
    facts.checked = validation->checked;
    facts.missingTimestamps = validation->handoffCount(ViolationKind::MissingTimestamp);
    facts.disorderedTimestamps = validation->handoffCount(ViolationKind::TimestampOrder);
    facts.definitionViolations = GovernHistory::definitionViolations(*validation);

    // Routing: coverage of the rules in force at the week's end, on its last day; the week's fallback share.
    auto ruleSet = GovernHistory::ruleSetAt(workspace, span.end);
    if (!ruleSet)
        return ruleSet.error();
    facts.hasRules = *ruleSet > 0;
    if (facts.hasRules) {
        CoverageOptions coverageOptions;
        coverageOptions.day = span.referenceDay();
        auto coverage = CoverageAnalysis::load(workspace, *ruleSet, coverageOptions);
        if (!coverage)
            return coverage.error();
        facts.scenarios = coverage->scenarioCount();
        facts.noOwnerScenarios = coverage->count(CoverageAnalysis::Reach::NoOwner);
        facts.fallbackOnlyScenarios = coverage->count(CoverageAnalysis::Reach::FallbackOnly);
    }
    auto kpis = KpiEngine(workspace).compute(weekFilter, {}, false);
    if (!kpis)
        return kpis.error();
    facts.handoffs = kpis->total.counts.handoffs;
    facts.unassignedOrFallback = kpis->total.counts.unassigned;

    // SLAs: policies and ladders, the weekly review, the week's compliance.
    auto signalTypes = Repository<SignalType>(workspace).list();
    if (!signalTypes)
        return signalTypes.error();
    auto policies = Repository<SlaPolicy>(workspace).list();
    if (!policies)
        return policies.error();
    auto ladders = EscalationLadders::load(workspace);
    if (!ladders)
        return ladders.error();
    facts.signalTypes = int(signalTypes->size());
    facts.policies = int(policies->size());
    QSet<qint64> withPolicy;
    for (const SlaPolicy &policy : *policies) {
        withPolicy.insert(policy.signalTypeId);
        if (!ladders->ladder(policy.signalTypeId).isEmpty())
            ++facts.policiesWithLadder;
    }
    for (const SignalType &type : *signalTypes)
        if (withPolicy.contains(type.id))
            ++facts.signalTypesWithPolicy;
    auto meetings = Repository<GovernanceMeeting>(workspace).list();
    if (!meetings)
        return meetings.error();
    QSet<QString> reviewed;
    for (const GovernanceMeeting &meeting : *meetings)
        if (meeting.heldOn.isValid())
            reviewed.insert(meeting.week);
    IsoWeek w = week;
    for (int i = 0; i < ReviewWeeks; ++i, w = w.previous())
        if (reviewed.contains(w.label()))
            ++facts.reviewedWeeks;
    auto sla = SlaReport::forWeek(workspace, week, workspace.asOf());
    if (!sla)
        return sla.error();
    facts.slaMet = sla->total.met;
    facts.slaDecided = sla->total.decided;

    // Feedback: the week's rejections by reason; reasons without a play.
    auto recycling = RecyclingReport::compute(workspace, weekFilter);
    if (!recycling)
        return recycling.error();
    facts.rejected = recycling->total.rejected;
    for (const ReasonRecycling &reason : std::as_const(recycling->reasons)) {
        if (reason.reasonId == 0)
            facts.rejectedWithoutReason += reason.outcome.rejected;
        else if (reason.isGap() && reason.active)
            facts.reasonsWithoutPlay << reason.reason;
    }
    return facts;
}

QList<DimensionAssessment> MaturityEvidence::judge(const MaturityFacts &f)
{
    QList<DimensionAssessment> result;
    const auto add = [&](const QString &dimension, QList<MaturityCriterion> criteria) {
        DimensionAssessment d;
        d.dimension = dimension;
        d.evidenceStage = 3;
        for (const MaturityCriterion &c : criteria)
            d.evidenceStage = std::min(d.evidenceStage, c.supports);
        d.criteria = std::move(criteria);
        result << d;
    };
    const auto rate = [](qint64 part, qint64 whole) { return whole > 0 ? double(part) / double(whole) : 0.0; };

    // Definitions
    {
        QList<MaturityCriterion> c;
        if (f.contractNumber > 0 && f.partiesSigned >= 3)
            c << criterion(QStringLiteral("contract"), 3,
                tr("Contract version %1 is active, signed by Sales, Marketing and RevOps.").arg(f.contractNumber), 3);
        else if (f.contractNumber > 0)
            c << criterion(QStringLiteral("contract"), 2,
                tr("Contract version %1 is active but signed by %2 of 3 parties.").arg(f.contractNumber).arg(f.partiesSigned),
                f.partiesSigned);
        else if (f.partiesSigned > 0)
            c << criterion(QStringLiteral("contract"), 2,
                tr("No contract version is active; a draft is signed by %1 of 3 parties.").arg(f.partiesSigned),
                f.partiesSigned);
        else
            c << criterion(QStringLiteral("contract"), 1, tr("No contract version is active or signed."), 0);
        if (f.checked > 0) {
            const double r = rate(f.definitionViolations, f.checked);
            c << criterion(QStringLiteral("definition_violations"),
                supports(r, DefinitionViolationsStage3, DefinitionViolationsStage2, false),
                tr("%1 of %2 handoffs (%3) break the contract or the stage map.")
                    .arg(count(f.definitionViolations), count(f.checked), share(f.definitionViolations, f.checked)),
                r);
        } else {
            c << criterion(QStringLiteral("definition_violations"), 1, noHandoffs());
        }
        add(MaturityDimension::Definitions, c);
    }
    // Routing
    {
        QList<MaturityCriterion> c;
        if (!f.hasRules)
            c << criterion(QStringLiteral("coverage"), 1, tr("No routing rule set was active."), std::nullopt);
        else if (f.noOwnerScenarios > 0)
            c << criterion(QStringLiteral("coverage"), 1,
                tr("%1 of %2 scenarios reach no owner at all.").arg(count(f.noOwnerScenarios), count(f.scenarios)),
                double(f.noOwnerScenarios));
        else if (f.fallbackOnlyScenarios > 0)
            c << criterion(QStringLiteral("coverage"), 2,
                tr("%1 of %2 scenarios reach only the fallback queue.").arg(count(f.fallbackOnlyScenarios), count(f.scenarios)),
                double(f.fallbackOnlyScenarios));
        else if (f.scenarios == 0)
            c << criterion(QStringLiteral("coverage"), 1,
                tr("The coverage model defines no scenario (a signal type, territory, segment or industry is missing), so "
                   "nothing shows that leads reach an owner."),
                0.0);
        else
            c << criterion(QStringLiteral("coverage"), 3,
                tr("All %1 scenarios reach an owner by rule.").arg(count(f.scenarios)), 0.0);
        if (f.handoffs > 0) {
            const double r = rate(f.unassignedOrFallback, f.handoffs);
            c << criterion(QStringLiteral("fallback_share"), supports(r, FallbackShareStage3, FallbackShareStage2, false),
                tr("%1 of %2 handoffs (%3) had no owner or went to the fallback queue.")
                    .arg(count(f.unassignedOrFallback), count(f.handoffs), share(f.unassignedOrFallback, f.handoffs)),
                r);
        } else {
            c << criterion(QStringLiteral("fallback_share"), 1, noHandoffs());
        }
        add(MaturityDimension::Routing, c);
    }
    // SLAs
    {
        QList<MaturityCriterion> c;
        const bool allPolicies = f.signalTypesWithPolicy >= f.signalTypes && f.signalTypes > 0;
        const bool allLadders = f.policiesWithLadder >= f.policies;
        if (allPolicies && allLadders)
            c << criterion(QStringLiteral("policies"), 3,
                tr("All %1 signal types have an SLA policy with an escalation ladder.").arg(f.signalTypes), 1.0);
        else if (allPolicies)
            c << criterion(QStringLiteral("policies"), 2,
                tr("All %1 signal types have an SLA policy; %2 of %3 policies have no escalation ladder.")
                    .arg(f.signalTypes)
                    .arg(f.policies - f.policiesWithLadder)
                    .arg(f.policies),
                rate(f.signalTypesWithPolicy, f.signalTypes));
        else
            c << criterion(QStringLiteral("policies"), 1,
                tr("%1 of %2 signal types have an SLA policy.").arg(f.signalTypesWithPolicy).arg(f.signalTypes),
                rate(f.signalTypesWithPolicy, f.signalTypes));
        c << criterion(QStringLiteral("weekly_review"),
            supports(f.reviewedWeeks, ReviewsStage3, ReviewsStage2, true),
            tr("A governance meeting was held in %1 of the last %2 weeks.").arg(f.reviewedWeeks).arg(ReviewWeeks),
            f.reviewedWeeks);
        if (f.slaDecided > 0) {
            const double r = rate(f.slaMet, f.slaDecided);
            c << criterion(QStringLiteral("sla_compliance"), supports(r, ComplianceStage3, ComplianceStage2, true),
                tr("SLA compliance %1 (%2 of %3 decided handoffs met).")
                    .arg(share(f.slaMet, f.slaDecided), count(f.slaMet), count(f.slaDecided)),
                r);
        } else {
            c << criterion(QStringLiteral("sla_compliance"), 1, tr("No handoff under an SLA was decided in the week."));
        }
        add(MaturityDimension::Slas, c);
    }
    // Feedback
    {
        QList<MaturityCriterion> c;
        const double r = rate(f.rejectedWithoutReason, f.rejected);
        if (f.handoffs == 0)
            c << criterion(QStringLiteral("rejection_reasons"), 1, noHandoffs());
        else
            c << criterion(QStringLiteral("rejection_reasons"),
                supports(r, UnexplainedRejectionsStage3, UnexplainedRejectionsStage2, false),
                f.rejected > 0 ? tr("%1 of %2 rejections (%3) have no reason.")
                                     .arg(count(f.rejectedWithoutReason), count(f.rejected), share(f.rejectedWithoutReason, f.rejected))
                               : tr("No handoff of the week was rejected, so none lacks a reason."),
                r);
        const int gaps = int(f.reasonsWithoutPlay.size());
        c << criterion(QStringLiteral("recycle_plays"),
            supports(gaps, ReasonsWithoutPlayStage3, ReasonsWithoutPlayStage2, false),
            gaps == 0 ? tr("Every active rejection reason has a recycle play.")
                      : (gaps == 1 ? tr("1 active reason without a recycle play: %1.").arg(f.reasonsWithoutPlay.first())
                                 : tr("%1 active reasons without a recycle play: %2.")
                                       .arg(gaps)
                                       .arg(f.reasonsWithoutPlay.join(QStringLiteral(", ")))),
            gaps);
        add(MaturityDimension::Feedback, c);
    }
    // Measurement
    {
        QList<MaturityCriterion> c;
        if (f.checked > 0) {
            const double missing = rate(f.missingTimestamps, f.checked);
            c << criterion(QStringLiteral("timestamps_present"),
                supports(missing, MissingTimestampsStage3, MissingTimestampsStage2, false),
                tr("%1 of %2 handoffs (%3) lack a required timestamp.")
                    .arg(count(f.missingTimestamps), count(f.checked), share(f.missingTimestamps, f.checked)),
                missing);
            const double disordered = rate(f.disorderedTimestamps, f.checked);
            c << criterion(QStringLiteral("timestamps_in_order"),
                supports(disordered, DisorderedTimestampsStage3, DisorderedTimestampsStage2, false),
                tr("%1 of %2 handoffs (%3) have timestamps out of order.")
                    .arg(count(f.disorderedTimestamps), count(f.checked), share(f.disorderedTimestamps, f.checked)),
                disordered);
        } else {
            c << criterion(QStringLiteral("timestamps_present"), 1, noHandoffs());
            c << criterion(QStringLiteral("timestamps_in_order"), 1, noHandoffs());
        }
        add(MaturityDimension::Measurement, c);
    }
    return result;
}

Result<MaturityAssessment> MaturityEvidence::assess(Workspace &workspace, const IsoWeek &week,
    const ValidationReport *validation)
{
    auto facts = gather(workspace, week, validation);
    if (!facts)
        return facts.error();
    MaturityAssessment assessment;
    assessment.week = week;
    assessment.asOf = workspace.asOf();
    assessment.facts = *facts;
    assessment.dimensions = judge(*facts);
    auto self = selfAssessments(workspace, week.sunday());
    if (!self)
        return self.error();
    for (DimensionAssessment &d : assessment.dimensions)
        if (self->contains(d.dimension))
            d.self = self->value(d.dimension);
    return assessment;
}

} // namespace baton
