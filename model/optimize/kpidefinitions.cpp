#include "kpidefinitions.h"

#include <QCoreApplication>

namespace baton {

namespace {

KpiDefinition define(const char *key, const char *name, const char *definition)
{
    return { QString::fromLatin1(key), QCoreApplication::translate("baton::KpiDefinitions", name),
        QCoreApplication::translate("baton::KpiDefinitions", definition) };
}

} // namespace

QList<KpiDefinition> KpiDefinitions::all()
{
    return {
        define("handoffs", QT_TR_NOOP("Handoffs"),
            QT_TR_NOOP("Handoffs handed off in the period (by the ISO week of their handoff in the workspace's time zone).")),
        define("acceptance_rate", QT_TR_NOOP("Acceptance rate"),
            QT_TR_NOOP("Accepted ÷ (accepted + rejected): of the handoffs Sales has decided on, the share it accepted. "
                       "Open handoffs are left out; empty when none was decided.")),
        define("conversion_rate", QT_TR_NOOP("Conversion rate"),
            QT_TR_NOOP("Handoffs that became an opportunity ÷ all handoffs.")),
        define("win_rate", QT_TR_NOOP("Win rate"),
            QT_TR_NOOP("Won ÷ (won + lost): of the closed opportunities from handoffs, the share won; empty when none "
                       "closed.")),
        define("median_days_to_opportunity", QT_TR_NOOP("Velocity to opportunity (median, p90)"),
            QT_TR_NOOP("Calendar days from handoff to opportunity, over the handoffs that became one: the median (the "
                       "mean of the two middle values for an even count) and the 90th percentile (nearest rank: the "
                       "smallest value at or above 90 % of them).")),
        define("median_days_to_won", QT_TR_NOOP("Velocity to won (median, p90)"),
            QT_TR_NOOP("Calendar days from handoff to the close of a won opportunity, over the won handoffs; median and "
                       "90th percentile as for velocity to opportunity.")),
        define("pipeline_per_handoff", QT_TR_NOOP("Pipeline per handoff"),
            QT_TR_NOOP("Sum of the opportunity amounts of the handoffs ÷ all handoffs (yield).")),
        define("won_per_handoff", QT_TR_NOOP("Won per handoff"),
            QT_TR_NOOP("Sum of the won amounts of the handoffs ÷ all handoffs (yield).")),
        define("sla_compliance", QT_TR_NOOP("SLA compliance"),
            QT_TR_NOOP("Met ÷ decided, as of the workspace's data date: met = first touch at or before the SLA due "
                       "time; decided = touched, or untouched with the due time passed. Handoffs without an SLA "
                       "policy are in neither.")),
        define("median_minutes_to_first_touch", QT_TR_NOOP("Time to first touch (median, p90)"),
            QT_TR_NOOP("Business minutes from handoff to the first touch, on the calendar the handoff's SLA runs on, "
                       "over the touched handoffs; median and 90th percentile as for velocity.")),
        define("unassigned_or_fallback", QT_TR_NOOP("Leakage: unassigned or fallback"),
            QT_TR_NOOP("Handoffs without an owner or routed to the fallback queue, and their share of all handoffs.")),
        define("untouched_past_sla", QT_TR_NOOP("Leakage: untouched past SLA"),
            QT_TR_NOOP("Handoffs never touched whose SLA due time has passed, and their share of all handoffs.")),
        define("rejected_with_reason", QT_TR_NOOP("Leakage: rejected with a reason"),
            QT_TR_NOOP("Handoffs Sales rejected with a reason (they go to that reason's recycle play), and their share.")),
        define("rejected_without_reason", QT_TR_NOOP("Leakage: rejected without a reason"),
            QT_TR_NOOP("Rejected handoffs with no reason recorded (imported history): no recycle play can pick them up.")),
        define("accepted_not_converted", QT_TR_NOOP("Leakage: accepted, never converted"),
            QT_TR_NOOP("Handoffs Sales accepted that have no opportunity, and their share of all handoffs.")),
        define("leakage_rank", QT_TR_NOOP("Leakage funnel"),
            QT_TR_NOOP("The five leaks above ranked by count. They are counted one by one, so a handoff can be in two "
                       "(routed to the fallback queue, then rejected).")),
        define("recycled_came_back", QT_TR_NOOP("Recycled: came back"),
            QT_TR_NOOP("Rejected handoffs from which a later handoff was recycled (handed off again by the play).")),
        define("recycled_converted", QT_TR_NOOP("Recycled: converted"),
            QT_TR_NOOP("Rejected handoffs whose recycled handoff became an opportunity.")),
        define("governance_gap", QT_TR_NOOP("Governance gap"),
            QT_TR_NOOP("A rejection reason with no recycle play: handoffs rejected with it go nowhere.")),
        define("account_stage", QT_TR_NOOP("Account stage"),
            QT_TR_NOOP("The furthest lifecycle stage any of the account's handoffs is in now: funnel stages by their "
                       "order, before the stages beside the funnel (Nurture, Disqualified).")),
        define("account_owner_share", QT_TR_NOOP("Handled by the account owner"),
            QT_TR_NOOP("Of an account's handoffs, the share owned by the account's owner: how much of the account "
                       "motion stays with one person.")),
    };
}

KpiDefinition KpiDefinitions::of(const QString &key)
{
    for (const KpiDefinition &definition : all())
        if (definition.key == key)
            return definition;
    return {};
}

QString KpiDefinitions::tooltip(const QString &key)
{
    const KpiDefinition definition = of(key);
    return definition.key.isEmpty() ? QString() : QStringLiteral("<b>%1</b><br>%2").arg(definition.name, definition.definition.toHtmlEscaped());
}

} // namespace baton
