#include "maturitymatrix.h"

#include "governance.h"

#include <QLocale>

namespace baton {

using namespace MaturityThresholds;

QString MaturityMatrix::percentText(double share)
{
    return QLocale().toString(share * 100.0, 'g', 3) + QStringLiteral(" %");
}

QString MaturityMatrix::shareText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString MaturityMatrix::dimensionTitle(const QString &dimension)
{
    if (dimension == MaturityDimension::Definitions)
        return tr("Definitions");
    if (dimension == MaturityDimension::Routing)
        return tr("Routing");
    if (dimension == MaturityDimension::Slas)
        return tr("SLAs");
    if (dimension == MaturityDimension::Feedback)
        return tr("Feedback loop");
    if (dimension == MaturityDimension::Measurement)
        return tr("Measurement");
    return dimension;
}

QString MaturityMatrix::stageTitle(int stage)
{
    switch (stage) {
    case 1:
        return tr("Friction & disputes");
    case 2:
        return tr("Partially aligned");
    case 3:
        return tr("Governed + predictable");
    }
    return {};
}

QString MaturityMatrix::stageLabel(int stage)
{
    return tr("Stage %1 · %2").arg(stage).arg(stageTitle(stage));
}

QString MaturityMatrix::cellDescription(const QString &dimension, int stage)
{
    const int s = std::clamp(stage, 1, 3) - 1;
    if (dimension == MaturityDimension::Definitions) {
        const QString texts[] = {
            tr("Marketing and Sales argue over what a qualified lead is; there is no written agreement, or nobody signed it."),
            tr("A written definition exists but is not signed by all three parties or not enforced; many handoffs break it."),
            tr("One signed, versioned contract per signal type; stage rules are enforced and few handoffs break them."),
        };
        return texts[s];
    }
    if (dimension == MaturityDimension::Routing) {
        const QString texts[] = {
            tr("Leads wait in shared inboxes or reach nobody; who owns a lead is settled by hand."),
            tr("Rules route most leads, but some scenarios fall through to a catch-all queue."),
            tr("Every scenario reaches a named owner or pool by rule; the fallback queue is rarely used."),
        };
        return texts[s];
    }
    if (dimension == MaturityDimension::Slas) {
        const QString texts[] = {
            tr("No agreed response times; how fast a lead is followed up depends on who picks it up."),
            tr("Targets exist and are measured now and then; misses are discussed after the fact."),
            tr("Every signal type has a business-hours target with an escalation ladder, reviewed weekly and mostly met."),
        };
        return texts[s];
    }
    if (dimension == MaturityDimension::Feedback) {
        const QString texts[] = {
            tr("Rejected leads disappear; Marketing does not learn why Sales turned them down."),
            tr("Sales gives reasons for most rejections; recycling is ad hoc."),
            tr("Every rejection carries a reason and every reason triggers a defined recycle play."),
        };
        return texts[s];
    }
    if (dimension == MaturityDimension::Measurement) {
        const QString texts[] = {
            tr("Numbers come from spreadsheets and disagree; key timestamps are missing."),
            tr("KPIs are reported, but gaps in the data make some of them unreliable."),
            tr("KPIs come from complete, ordered timestamps and both teams trust them."),
        };
        return texts[s];
    }
    return {};
}

QList<MaturityRule> MaturityMatrix::rules()
{
    // Each text reads after "stage N needs".
    const auto p = [](double share) { return percentText(share); };
    return {
        { MaturityDimension::Definitions, QStringLiteral("contract"), tr("Signed contract"),
            tr("a contract version in force at the week's end, signed by Sales, Marketing and RevOps"),
            tr("a contract version signed by at least one party (a draft under signature)") },
        { MaturityDimension::Definitions, QStringLiteral("definition_violations"), tr("Contract and stage rules kept"),
            tr("at most %1 of the week's handoffs breaking the contract or the stage map (not qualified, missing context "
               "field, stage change the map does not allow)")
                .arg(p(DefinitionViolationsStage3)),
            tr("at most %1 breaking them").arg(p(DefinitionViolationsStage2)) },
        { MaturityDimension::Routing, QStringLiteral("coverage"), tr("Coverage"),
            tr("no scenario without an owner and none reaching only the fallback queue, by coverage analysis of the rule "
               "set in force at the week's end"),
            tr("no scenario without an owner (some may reach only the fallback queue)") },
        { MaturityDimension::Routing, QStringLiteral("fallback_share"), tr("Fallback share"),
            tr("at most %1 of the week's handoffs without an owner or sent to the fallback queue").arg(p(FallbackShareStage3)),
            tr("at most %1 of them").arg(p(FallbackShareStage2)) },
        { MaturityDimension::Slas, QStringLiteral("policies"), tr("Policies and escalation"),
            tr("an SLA policy for every signal type, each with an escalation ladder"),
            tr("an SLA policy for every signal type") },
        { MaturityDimension::Slas, QStringLiteral("weekly_review"), tr("Weekly review"),
            tr("a governance meeting in at least %1 of the %2 weeks ending with the week").arg(ReviewsStage3).arg(ReviewWeeks),
            tr("a governance meeting in at least %1 of those weeks").arg(ReviewsStage2) },
        { MaturityDimension::Slas, QStringLiteral("sla_compliance"), tr("SLA compliance"),
            tr("SLA compliance of at least %1 over the week's handoffs").arg(p(ComplianceStage3)),
            tr("SLA compliance of at least %1 (with nothing decided: stage 1)").arg(p(ComplianceStage2)) },
        { MaturityDimension::Feedback, QStringLiteral("rejection_reasons"), tr("Rejections with a reason"),
            tr("a reason on every one of the week's rejections"),
            tr("a reason on all but at most %1 of them").arg(p(UnexplainedRejectionsStage2)) },
        { MaturityDimension::Feedback, QStringLiteral("recycle_plays"), tr("A play for every reason"),
            tr("a recycle play for every active rejection reason"),
            tr("at most %1 active reason without a recycle play").arg(ReasonsWithoutPlayStage2) },
        { MaturityDimension::Measurement, QStringLiteral("timestamps_present"), tr("Required timestamps present"),
            tr("at most %1 of the week's handoffs missing a timestamp the data standard requires at a stage they reached")
                .arg(p(MissingTimestampsStage3)),
            tr("at most %1 missing one").arg(p(MissingTimestampsStage2)) },
        { MaturityDimension::Measurement, QStringLiteral("timestamps_in_order"), tr("Timestamps in order"),
            tr("at most %1 of the week's handoffs with a timestamp earlier than one the lifecycle puts before it")
                .arg(p(DisorderedTimestampsStage3)),
            tr("at most %1 with one").arg(p(DisorderedTimestampsStage2)) },
    };
}

QList<MaturityRule> MaturityMatrix::rules(const QString &dimension)
{
    QList<MaturityRule> result;
    for (const MaturityRule &rule : rules())
        if (rule.dimension == dimension)
            result << rule;
    return result;
}

QString MaturityMatrix::method()
{
    return tr("Each rule supports stage 3 when its figure meets the stage-3 threshold, stage 2 when it meets the stage-2 "
              "threshold, else stage 1; a dimension's evidence stage is the lowest stage any of its rules supports. "
              "A week without handoffs supports stage 1 on every rule that is a share of the week's handoffs (nothing "
              "shows the rule is kept), and so does a coverage model that defines no scenario. "
              "Rates are over the handoffs handed off in the week assessed (ISO week in the workspace's time zone), "
              "judged as of the workspace's as-of instant, as on the Enforce and Optimize pages. For a past week the "
              "contract version, the routing rule set and the governance meetings are those in force at the week's end "
              "(the workspace keeps their history); SLA policies, escalation ladders, rejection reasons and plays, "
              "the coverage model and the data standard have no history, so today's are used.");
}

} // namespace baton
