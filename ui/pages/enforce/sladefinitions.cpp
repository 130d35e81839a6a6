#include "sladefinitions.h"

namespace baton {

QList<SlaTerm> SlaDefinitions::all()
{
    return { SlaTerm::Week, SlaTerm::AsOf, SlaTerm::Handoffs, SlaTerm::UnderSla, SlaTerm::Met, SlaTerm::Decided,
        SlaTerm::Missed, SlaTerm::Breaching, SlaTerm::Pending, SlaTerm::Compliance, SlaTerm::MedianFirstTouch,
        SlaTerm::P90FirstTouch, SlaTerm::MedianRoutingDelay, SlaTerm::MedianResponse, SlaTerm::ElapsedPercent,
        SlaTerm::EscalationStep, SlaTerm::Calendar, SlaTerm::Trend };
}

QString SlaDefinitions::name(SlaTerm term)
{
    switch (term) {
    case SlaTerm::Week:
        return tr("Week");
    case SlaTerm::AsOf:
        return tr("As of");
    case SlaTerm::Handoffs:
        return tr("Handoffs");
    case SlaTerm::UnderSla:
        return tr("Under SLA");
    case SlaTerm::Met:
        return tr("Met");
    case SlaTerm::Decided:
        return tr("Decided");
    case SlaTerm::Missed:
        return tr("Missed");
    case SlaTerm::Breaching:
        return tr("Breaching now");
    case SlaTerm::Pending:
        return tr("Pending");
    case SlaTerm::Compliance:
        return tr("SLA compliance");
    case SlaTerm::MedianFirstTouch:
        return tr("Time to first touch, median");
    case SlaTerm::P90FirstTouch:
        return tr("Time to first touch, p90");
    case SlaTerm::MedianRoutingDelay:
        return tr("Routing delay, median");
    case SlaTerm::MedianResponse:
        return tr("Response time, median");
    case SlaTerm::ElapsedPercent:
        return tr("Elapsed");
    case SlaTerm::EscalationStep:
        return tr("Escalation step");
    case SlaTerm::Calendar:
        return tr("Business calendar");
    case SlaTerm::Trend:
        return tr("Trend");
    }
    return {};
}

QString SlaDefinitions::text(SlaTerm term)
{
    switch (term) {
    case SlaTerm::Week:
        return tr("A handoff belongs to the ISO week (Monday to Sunday) in which it was handed off, in the workspace's "
                  "reporting time zone. The page opens on the last week that had ended by the as-of instant.");
    case SlaTerm::AsOf:
        return tr("The instant open SLAs are judged at: the workspace's as-of setting (imported and demo data are "
                  "frozen in time), else now.");
    case SlaTerm::Handoffs:
        return tr("Handoffs handed off in the week in this group.");
    case SlaTerm::UnderSla:
        return tr("Of those, the handoffs whose signal type has an SLA policy, so that they have a target and a due "
                  "instant.");
    case SlaTerm::Met:
        return tr("First touch at or before the SLA due instant. The due instant is the handoff time plus the target in "
                  "business minutes, counted on the handoff's business calendar.");
    case SlaTerm::Decided:
        return tr("Handoffs under SLA whose outcome is known as of the as-of instant: touched, or untouched with the due "
                  "instant passed.");
    case SlaTerm::Missed:
        return tr("Decided and not met: touched after the due instant, or untouched past it.");
    case SlaTerm::Breaching:
        return tr("Untouched and past the due instant as of the as-of instant: open breaches, which escalation applies "
                  "to. They are counted in Missed.");
    case SlaTerm::Pending:
        return tr("Under SLA, untouched and not yet due: the outcome is still open.");
    case SlaTerm::Compliance:
        return tr("Met ÷ Decided. Blank when nothing is decided. Handoffs without an SLA policy count in neither.");
    case SlaTerm::MedianFirstTouch:
        return tr("Business minutes from handoff to first touch on the handoff's calendar, over the touched handoffs "
                  "under SLA: the middle value (the mean of the two middle values for an even count).");
    case SlaTerm::P90FirstTouch:
        return tr("The 90th percentile of the same minutes: the nearest-rank value, the ⌈0.9 n⌉-th smallest.");
    case SlaTerm::MedianRoutingDelay:
        return tr("Median business minutes from handoff to assignment: the system's and RevOps' share of the clock.");
    case SlaTerm::MedianResponse:
        return tr("Median business minutes from assignment to first touch: the owner's share of the clock.");
    case SlaTerm::ElapsedPercent:
        return tr("Business time from the handoff to the as-of instant, on the handoff's calendar, as a share of its "
                  "target (100 % = the target is used up).");
    case SlaTerm::EscalationStep:
        return tr("How many thresholds of the policy's escalation ladder the elapsed share has passed (0 = none); the "
                  "action is that of the last step passed.");
    case SlaTerm::Calendar:
        return tr("The policy says whose business hours count: the owner's calendar (else the team's), the team's, or "
                  "the policy's own. Whatever is missing falls back to the policy's calendar, then to 24 × 7.");
    case SlaTerm::Trend:
        return tr("SLA compliance (Met ÷ Decided) of each week's handoffs, judged as of the as-of instant.");
    }
    return {};
}

QString SlaDefinitions::html()
{
    QString html = QStringLiteral("<dl>");
    for (SlaTerm term : all())
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(name(term).toHtmlEscaped(), text(term).toHtmlEscaped());
    return html + QStringLiteral("</dl>");
}

} // namespace baton
