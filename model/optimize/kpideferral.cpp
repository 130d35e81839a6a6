#include "kpideferral.h"

#include "core/sql.h"
#include "core/workspace.h"

#include <QCoreApplication>

namespace baton {

namespace {

// The fill statements of 004_kpi_cube.sql, narrowed to the deferred handoffs and merged into the cells that
// already exist the way the insert trigger merges one handoff (counts added, lists appended).
const QStringList &mergeStatements()
{
    static const QStringList statements = {
// kpi_cell
QStringLiteral(
        "INSERT INTO kpi_cell(week, segment_id, territory_id, signal_type_id, team_id, source, campaign, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list) "
        "SELECT h.week, "
        "       ifnull(h.segment_id, 0), "
        "       ifnull(h.territory_id, 0), "
        "       ifnull(h.signal_type_id, 0), "
        "       ifnull(h.team_id, 0), "
        "       ifnull(h.source, ''), "
        "       ifnull(h.campaign, ''), "
        "       count(*), "
        "       sum((h.accepted_at IS NOT NULL)), "
        "       sum((h.rejected_at IS NOT NULL)), "
        "       sum((h.rejected_at IS NOT NULL AND h.rejection_reason_id IS NULL)), "
        "       sum((h.opportunity_at IS NOT NULL)), "
        "       sum((h.outcome = 'won')), "
        "       sum((h.outcome = 'lost')), "
        "       sum(CAST(round(ifnull(h.opportunity_amount, 0) * 100) AS INTEGER)), "
        "       sum(CAST(round(ifnull(h.won_amount, 0) * 100) AS INTEGER)), "
        "       sum((h.routed_to_fallback <> 0 OR h.owner_id IS NULL)), "
        "       sum(ifnull(h.first_touch_at IS NOT NULL AND h.first_touch_at <= h.sla_due_at, 0)), "
        "       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NOT NULL)), "
        "       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NULL)), "
        "       sum((h.accepted_at IS NOT NULL AND h.opportunity_at IS NULL)), "
        "       CASE WHEN count(h.first_touch_seconds) = 0 THEN ',' ELSE ',' || group_concat(h.first_touch_seconds, ',') || ',' END, "
        "       CASE WHEN count((h.opportunity_at - h.handed_off_at)) = 0 THEN ',' ELSE ',' || group_concat((h.opportunity_at - h.handed_off_at), ',') || ',' END, "
        "       CASE WHEN count(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END, ',') || ',' END, "
        "       CASE WHEN count(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END, ',') || ',' END "
        "FROM handoff h "
        "WHERE h.id >= ? "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7 "
        "ON CONFLICT(week, segment_id, territory_id, signal_type_id, team_id, source, campaign) DO UPDATE SET "
        "    handoffs = handoffs + excluded.handoffs, "
        "    accepted = accepted + excluded.accepted, "
        "    rejected = rejected + excluded.rejected, "
        "    rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason, "
        "    opportunities = opportunities + excluded.opportunities, "
        "    won = won + excluded.won, "
        "    lost = lost + excluded.lost, "
        "    pipeline_cents = pipeline_cents + excluded.pipeline_cents, "
        "    won_cents = won_cents + excluded.won_cents, "
        "    unassigned = unassigned + excluded.unassigned, "
        "    sla_met = sla_met + excluded.sla_met, "
        "    sla_touched = sla_touched + excluded.sla_touched, "
        "    sla_untouched = sla_untouched + excluded.sla_untouched, "
        "    accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted, "
        "    first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2), "
        "    opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2), "
        "    won_list = won_list || substr(excluded.won_list, 2), "
        "    rejection_list = rejection_list || substr(excluded.rejection_list, 2) "),
// kpi_owner_cell
QStringLiteral(
        "INSERT INTO kpi_owner_cell(week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list) "
        "SELECT h.week, "
        "       ifnull(h.segment_id, 0), "
        "       ifnull(h.territory_id, 0), "
        "       ifnull(h.signal_type_id, 0), "
        "       ifnull(h.team_id, 0), "
        "       ifnull(h.owner_id, 0), "
        "       ifnull(h.source, ''), "
        "       ifnull(h.campaign, ''), "
        "       count(*), "
        "       sum((h.accepted_at IS NOT NULL)), "
        "       sum((h.rejected_at IS NOT NULL)), "
        "       sum((h.rejected_at IS NOT NULL AND h.rejection_reason_id IS NULL)), "
        "       sum((h.opportunity_at IS NOT NULL)), "
        "       sum((h.outcome = 'won')), "
        "       sum((h.outcome = 'lost')), "
        "       sum(CAST(round(ifnull(h.opportunity_amount, 0) * 100) AS INTEGER)), "
        "       sum(CAST(round(ifnull(h.won_amount, 0) * 100) AS INTEGER)), "
        "       sum((h.routed_to_fallback <> 0 OR h.owner_id IS NULL)), "
        "       sum(ifnull(h.first_touch_at IS NOT NULL AND h.first_touch_at <= h.sla_due_at, 0)), "
        "       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NOT NULL)), "
        "       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NULL)), "
        "       sum((h.accepted_at IS NOT NULL AND h.opportunity_at IS NULL)), "
        "       CASE WHEN count(h.first_touch_seconds) = 0 THEN ',' ELSE ',' || group_concat(h.first_touch_seconds, ',') || ',' END, "
        "       CASE WHEN count((h.opportunity_at - h.handed_off_at)) = 0 THEN ',' ELSE ',' || group_concat((h.opportunity_at - h.handed_off_at), ',') || ',' END, "
        "       CASE WHEN count(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END, ',') || ',' END, "
        "       CASE WHEN count(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END, ',') || ',' END "
        "FROM handoff h "
        "WHERE h.id >= ? "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 "
        "ON CONFLICT(week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign) DO UPDATE SET "
        "    handoffs = handoffs + excluded.handoffs, "
        "    accepted = accepted + excluded.accepted, "
        "    rejected = rejected + excluded.rejected, "
        "    rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason, "
        "    opportunities = opportunities + excluded.opportunities, "
        "    won = won + excluded.won, "
        "    lost = lost + excluded.lost, "
        "    pipeline_cents = pipeline_cents + excluded.pipeline_cents, "
        "    won_cents = won_cents + excluded.won_cents, "
        "    unassigned = unassigned + excluded.unassigned, "
        "    sla_met = sla_met + excluded.sla_met, "
        "    sla_touched = sla_touched + excluded.sla_touched, "
        "    sla_untouched = sla_untouched + excluded.sla_untouched, "
        "    accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted, "
        "    first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2), "
        "    opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2), "
        "    won_list = won_list || substr(excluded.won_list, 2), "
        "    rejection_list = rejection_list || substr(excluded.rejection_list, 2) "),
// kpi_account
QStringLiteral(
        "INSERT INTO kpi_account(account_id, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list) "
        "SELECT h.account_id, "
        "       count(*), "
        "       sum((h.accepted_at IS NOT NULL)), "
        "       sum((h.rejected_at IS NOT NULL)), "
        "       sum((h.rejected_at IS NOT NULL AND h.rejection_reason_id IS NULL)), "
        "       sum((h.opportunity_at IS NOT NULL)), "
        "       sum((h.outcome = 'won')), "
        "       sum((h.outcome = 'lost')), "
        "       sum(CAST(round(ifnull(h.opportunity_amount, 0) * 100) AS INTEGER)), "
        "       sum(CAST(round(ifnull(h.won_amount, 0) * 100) AS INTEGER)), "
        "       sum((h.routed_to_fallback <> 0 OR h.owner_id IS NULL)), "
        "       sum(ifnull(h.first_touch_at IS NOT NULL AND h.first_touch_at <= h.sla_due_at, 0)), "
        "       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NOT NULL)), "
        "       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NULL)), "
        "       sum((h.accepted_at IS NOT NULL AND h.opportunity_at IS NULL)), "
        "       CASE WHEN count(h.first_touch_seconds) = 0 THEN ',' ELSE ',' || group_concat(h.first_touch_seconds, ',') || ',' END, "
        "       CASE WHEN count((h.opportunity_at - h.handed_off_at)) = 0 THEN ',' ELSE ',' || group_concat((h.opportunity_at - h.handed_off_at), ',') || ',' END, "
        "       CASE WHEN count(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END, ',') || ',' END, "
        "       CASE WHEN count(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END, ',') || ',' END "
        "FROM handoff h "
        "WHERE h.id >= ? AND h.account_id IS NOT NULL "
        "GROUP BY 1 "
        "ON CONFLICT(account_id) DO UPDATE SET "
        "    handoffs = handoffs + excluded.handoffs, "
        "    accepted = accepted + excluded.accepted, "
        "    rejected = rejected + excluded.rejected, "
        "    rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason, "
        "    opportunities = opportunities + excluded.opportunities, "
        "    won = won + excluded.won, "
        "    lost = lost + excluded.lost, "
        "    pipeline_cents = pipeline_cents + excluded.pipeline_cents, "
        "    won_cents = won_cents + excluded.won_cents, "
        "    unassigned = unassigned + excluded.unassigned, "
        "    sla_met = sla_met + excluded.sla_met, "
        "    sla_touched = sla_touched + excluded.sla_touched, "
        "    sla_untouched = sla_untouched + excluded.sla_untouched, "
        "    accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted, "
        "    first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2), "
        "    opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2), "
        "    won_list = won_list || substr(excluded.won_list, 2), "
        "    rejection_list = rejection_list || substr(excluded.rejection_list, 2) "),
    };
    return statements;
}

} // namespace

Result<KpiDeferral> KpiDeferral::begin(Workspace &workspace)
{
    if (!workspace.inTransaction())
        return fail(QStringLiteral("KpiDeferral::begin needs a transaction."));
    auto running = scalar(workspace.db(), QStringLiteral("SELECT deferred_from FROM kpi_sync WHERE id = 1"));
    if (!running)
        return running.error();
    if (!running->isNull())
        return fail(QCoreApplication::translate("baton::KpiDeferral",
            "Another bulk write of handoffs is still running in this workspace; try again when it has finished."));
    auto next = scalar(workspace.db(), QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM handoff"));
    if (!next)
        return next.error();
    const qint64 firstId = next->toLongLong();
    BATON_TRY(execSql(workspace.db(), QStringLiteral("UPDATE kpi_sync SET deferred_from = ? WHERE id = 1"), { firstId }));
    return KpiDeferral(workspace, firstId);
}

Result<void> KpiDeferral::finish()
{
    if (m_finished)
        return {};
    for (const QString &statement : mergeStatements())
        BATON_TRY(execSql(m_workspace->db(), statement, { m_firstId }));
    BATON_TRY(execSql(m_workspace->db(), QStringLiteral("UPDATE kpi_sync SET deferred_from = NULL WHERE id = 1")));
    m_finished = true;
    return {};
}

} // namespace baton
