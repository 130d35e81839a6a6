-- Schema version 3: the KPI cubes. The KPIs of the Optimize step (acceptance, conversion, win rate, velocity,
-- yield, SLA compliance, time to first touch, leakage) are sums over handoffs. Summed once per ISO week and
-- combination of the slicing dimensions, they let the dashboard and `baton kpi` read tens of thousands of
-- narrow rows instead of every wide handoff row (model/optimize/kpiengine.h picks the smallest cube that
-- holds the dimensions a question uses, and reads the handoffs when none does):
--   kpi_cell            week x segment x territory x signal type x team x source x campaign
--   kpi_owner_cell      the same x owner
--   kpi_account         per account, all time (the account list)
--
-- Kept in sync by the triggers below on every INSERT, UPDATE and DELETE of a handoff, so every writer
-- (HandoffWriter, imports, bulk updates such as an SLA recompute, the rejection recorder) keeps them right
-- without doing anything; nothing else may write these tables.
--
-- Missing dimension values are stored as 0 (ids) and '' (source, campaign) so that they group together.
-- Counts are flags summed over handoffs, with the definitions of model/optimize/kpisql.h; sla_met is
-- model/enforce/slasql.h's `met` (the test suite checks both against the raw handoffs). Whether an untouched
-- handoff's SLA is decided depends on "now" (Workspace::asOf()), so the cubes keep sla_touched and
-- sla_untouched and the engine subtracts the untouched handoffs not yet due when it reads them.
-- Amounts are summed in cents (whole numbers) so that sums stay exact as handoffs come and go.
-- The *_list columns hold one number per handoff at most, as text ",v1,v2,...," (in no order): the
-- durations behind the medians and 90th percentiles, in seconds (business seconds to first touch, calendar
-- seconds from handoff to opportunity and from handoff to won), and the rejection reason of each rejected
-- handoff (0: none). So the medians and the rejections by reason come from the same pass over a cube as
-- the counts.

-- The main cube: per ISO week, segment, territory, signal type, team, source and campaign.
CREATE TABLE kpi_cell (
    week                     INTEGER NOT NULL,
    segment_id               INTEGER NOT NULL,
    territory_id             INTEGER NOT NULL,
    signal_type_id           INTEGER NOT NULL,
    team_id                  INTEGER NOT NULL,
    source                   TEXT NOT NULL,
    campaign                 TEXT NOT NULL,
    handoffs                 INTEGER NOT NULL,
    accepted                 INTEGER NOT NULL,
    rejected                 INTEGER NOT NULL,
    rejected_without_reason  INTEGER NOT NULL,
    opportunities            INTEGER NOT NULL,
    won                      INTEGER NOT NULL,
    lost                     INTEGER NOT NULL,
    pipeline_cents           INTEGER NOT NULL,
    won_cents                INTEGER NOT NULL,
    unassigned               INTEGER NOT NULL,
    sla_met                  INTEGER NOT NULL,
    sla_touched              INTEGER NOT NULL,
    sla_untouched            INTEGER NOT NULL,
    accepted_not_converted   INTEGER NOT NULL,
    first_touch_list         TEXT NOT NULL,
    opportunity_list         TEXT NOT NULL,
    won_list                 TEXT NOT NULL,
    rejection_list           TEXT NOT NULL,
    PRIMARY KEY (week, segment_id, territory_id, signal_type_id, team_id, source, campaign)
) WITHOUT ROWID;

-- The same with the owner as well: larger, read when a question involves owners.
CREATE TABLE kpi_owner_cell (
    week                     INTEGER NOT NULL,
    segment_id               INTEGER NOT NULL,
    territory_id             INTEGER NOT NULL,
    signal_type_id           INTEGER NOT NULL,
    team_id                  INTEGER NOT NULL,
    owner_id                 INTEGER NOT NULL,
    source                   TEXT NOT NULL,
    campaign                 TEXT NOT NULL,
    handoffs                 INTEGER NOT NULL,
    accepted                 INTEGER NOT NULL,
    rejected                 INTEGER NOT NULL,
    rejected_without_reason  INTEGER NOT NULL,
    opportunities            INTEGER NOT NULL,
    won                      INTEGER NOT NULL,
    lost                     INTEGER NOT NULL,
    pipeline_cents           INTEGER NOT NULL,
    won_cents                INTEGER NOT NULL,
    unassigned               INTEGER NOT NULL,
    sla_met                  INTEGER NOT NULL,
    sla_touched              INTEGER NOT NULL,
    sla_untouched            INTEGER NOT NULL,
    accepted_not_converted   INTEGER NOT NULL,
    first_touch_list         TEXT NOT NULL,
    opportunity_list         TEXT NOT NULL,
    won_list                 TEXT NOT NULL,
    rejection_list           TEXT NOT NULL,
    PRIMARY KEY (week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign)
) WITHOUT ROWID;

-- One row per account with handoffs (all time), for the account list.
CREATE TABLE kpi_account (
    account_id               INTEGER PRIMARY KEY,
    handoffs                 INTEGER NOT NULL,
    accepted                 INTEGER NOT NULL,
    rejected                 INTEGER NOT NULL,
    rejected_without_reason  INTEGER NOT NULL,
    opportunities            INTEGER NOT NULL,
    won                      INTEGER NOT NULL,
    lost                     INTEGER NOT NULL,
    pipeline_cents           INTEGER NOT NULL,
    won_cents                INTEGER NOT NULL,
    unassigned               INTEGER NOT NULL,
    sla_met                  INTEGER NOT NULL,
    sla_touched              INTEGER NOT NULL,
    sla_untouched            INTEGER NOT NULL,
    accepted_not_converted   INTEGER NOT NULL,
    first_touch_list         TEXT NOT NULL,
    opportunity_list         TEXT NOT NULL,
    won_list                 TEXT NOT NULL,
    rejection_list           TEXT NOT NULL
);

-- Filled for the handoffs a workspace already holds.
INSERT INTO kpi_cell(week, segment_id, territory_id, signal_type_id, team_id, source, campaign, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
SELECT h.week,
       ifnull(h.segment_id, 0),
       ifnull(h.territory_id, 0),
       ifnull(h.signal_type_id, 0),
       ifnull(h.team_id, 0),
       ifnull(h.source, ''),
       ifnull(h.campaign, ''),
       count(*),
       sum((h.accepted_at IS NOT NULL)),
       sum((h.rejected_at IS NOT NULL)),
       sum((h.rejected_at IS NOT NULL AND h.rejection_reason_id IS NULL)),
       sum((h.opportunity_at IS NOT NULL)),
       sum((h.outcome = 'won')),
       sum((h.outcome = 'lost')),
       sum(CAST(round(ifnull(h.opportunity_amount, 0) * 100) AS INTEGER)),
       sum(CAST(round(ifnull(h.won_amount, 0) * 100) AS INTEGER)),
       sum((h.routed_to_fallback <> 0 OR h.owner_id IS NULL)),
       sum(ifnull(h.first_touch_at IS NOT NULL AND h.first_touch_at <= h.sla_due_at, 0)),
       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NOT NULL)),
       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NULL)),
       sum((h.accepted_at IS NOT NULL AND h.opportunity_at IS NULL)),
       CASE WHEN count(h.first_touch_seconds) = 0 THEN ',' ELSE ',' || group_concat(h.first_touch_seconds, ',') || ',' END,
       CASE WHEN count((h.opportunity_at - h.handed_off_at)) = 0 THEN ',' ELSE ',' || group_concat((h.opportunity_at - h.handed_off_at), ',') || ',' END,
       CASE WHEN count(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END, ',') || ',' END,
       CASE WHEN count(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END, ',') || ',' END
FROM handoff h
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO kpi_owner_cell(week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
SELECT h.week,
       ifnull(h.segment_id, 0),
       ifnull(h.territory_id, 0),
       ifnull(h.signal_type_id, 0),
       ifnull(h.team_id, 0),
       ifnull(h.owner_id, 0),
       ifnull(h.source, ''),
       ifnull(h.campaign, ''),
       count(*),
       sum((h.accepted_at IS NOT NULL)),
       sum((h.rejected_at IS NOT NULL)),
       sum((h.rejected_at IS NOT NULL AND h.rejection_reason_id IS NULL)),
       sum((h.opportunity_at IS NOT NULL)),
       sum((h.outcome = 'won')),
       sum((h.outcome = 'lost')),
       sum(CAST(round(ifnull(h.opportunity_amount, 0) * 100) AS INTEGER)),
       sum(CAST(round(ifnull(h.won_amount, 0) * 100) AS INTEGER)),
       sum((h.routed_to_fallback <> 0 OR h.owner_id IS NULL)),
       sum(ifnull(h.first_touch_at IS NOT NULL AND h.first_touch_at <= h.sla_due_at, 0)),
       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NOT NULL)),
       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NULL)),
       sum((h.accepted_at IS NOT NULL AND h.opportunity_at IS NULL)),
       CASE WHEN count(h.first_touch_seconds) = 0 THEN ',' ELSE ',' || group_concat(h.first_touch_seconds, ',') || ',' END,
       CASE WHEN count((h.opportunity_at - h.handed_off_at)) = 0 THEN ',' ELSE ',' || group_concat((h.opportunity_at - h.handed_off_at), ',') || ',' END,
       CASE WHEN count(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END, ',') || ',' END,
       CASE WHEN count(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END, ',') || ',' END
FROM handoff h
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO kpi_account(account_id, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
SELECT h.account_id,
       count(*),
       sum((h.accepted_at IS NOT NULL)),
       sum((h.rejected_at IS NOT NULL)),
       sum((h.rejected_at IS NOT NULL AND h.rejection_reason_id IS NULL)),
       sum((h.opportunity_at IS NOT NULL)),
       sum((h.outcome = 'won')),
       sum((h.outcome = 'lost')),
       sum(CAST(round(ifnull(h.opportunity_amount, 0) * 100) AS INTEGER)),
       sum(CAST(round(ifnull(h.won_amount, 0) * 100) AS INTEGER)),
       sum((h.routed_to_fallback <> 0 OR h.owner_id IS NULL)),
       sum(ifnull(h.first_touch_at IS NOT NULL AND h.first_touch_at <= h.sla_due_at, 0)),
       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NOT NULL)),
       sum((h.sla_due_at IS NOT NULL AND h.first_touch_at IS NULL)),
       sum((h.accepted_at IS NOT NULL AND h.opportunity_at IS NULL)),
       CASE WHEN count(h.first_touch_seconds) = 0 THEN ',' ELSE ',' || group_concat(h.first_touch_seconds, ',') || ',' END,
       CASE WHEN count((h.opportunity_at - h.handed_off_at)) = 0 THEN ',' ELSE ',' || group_concat((h.opportunity_at - h.handed_off_at), ',') || ',' END,
       CASE WHEN count(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END, ',') || ',' END,
       CASE WHEN count(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END) = 0 THEN ',' ELSE ',' || group_concat(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END, ',') || ',' END
FROM handoff h
WHERE h.account_id IS NOT NULL
GROUP BY 1;

-- Kept in sync on every write of a handoff, whoever writes it.
CREATE TRIGGER handoff_kpi_insert AFTER INSERT ON handoff
BEGIN
    INSERT INTO kpi_cell(week, segment_id, territory_id, signal_type_id, team_id, source, campaign, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
    SELECT NEW.week,
           ifnull(NEW.segment_id, 0),
           ifnull(NEW.territory_id, 0),
           ifnull(NEW.signal_type_id, 0),
           ifnull(NEW.team_id, 0),
           ifnull(NEW.source, ''),
           ifnull(NEW.campaign, ''),
           1,
           (NEW.accepted_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL AND NEW.rejection_reason_id IS NULL),
           (NEW.opportunity_at IS NOT NULL),
           (NEW.outcome = 'won'),
           (NEW.outcome = 'lost'),
           CAST(round(ifnull(NEW.opportunity_amount, 0) * 100) AS INTEGER),
           CAST(round(ifnull(NEW.won_amount, 0) * 100) AS INTEGER),
           (NEW.routed_to_fallback <> 0 OR NEW.owner_id IS NULL),
           ifnull(NEW.first_touch_at IS NOT NULL AND NEW.first_touch_at <= NEW.sla_due_at, 0),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NOT NULL),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NULL),
           (NEW.accepted_at IS NOT NULL AND NEW.opportunity_at IS NULL),
           CASE WHEN (NEW.first_touch_seconds) IS NULL THEN ',' ELSE ',' || (NEW.first_touch_seconds) || ',' END,
           CASE WHEN ((NEW.opportunity_at - NEW.handed_off_at)) IS NULL THEN ',' ELSE ',' || ((NEW.opportunity_at - NEW.handed_off_at)) || ',' END,
           CASE WHEN (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) || ',' END,
           CASE WHEN (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) || ',' END
    WHERE 1
    ON CONFLICT(week, segment_id, territory_id, signal_type_id, team_id, source, campaign) DO UPDATE SET
        handoffs = handoffs + excluded.handoffs,
        accepted = accepted + excluded.accepted,
        rejected = rejected + excluded.rejected,
        rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason,
        opportunities = opportunities + excluded.opportunities,
        won = won + excluded.won,
        lost = lost + excluded.lost,
        pipeline_cents = pipeline_cents + excluded.pipeline_cents,
        won_cents = won_cents + excluded.won_cents,
        unassigned = unassigned + excluded.unassigned,
        sla_met = sla_met + excluded.sla_met,
        sla_touched = sla_touched + excluded.sla_touched,
        sla_untouched = sla_untouched + excluded.sla_untouched,
        accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted,
        first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2),
        opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2),
        won_list = won_list || substr(excluded.won_list, 2),
        rejection_list = rejection_list || substr(excluded.rejection_list, 2);
    INSERT INTO kpi_owner_cell(week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
    SELECT NEW.week,
           ifnull(NEW.segment_id, 0),
           ifnull(NEW.territory_id, 0),
           ifnull(NEW.signal_type_id, 0),
           ifnull(NEW.team_id, 0),
           ifnull(NEW.owner_id, 0),
           ifnull(NEW.source, ''),
           ifnull(NEW.campaign, ''),
           1,
           (NEW.accepted_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL AND NEW.rejection_reason_id IS NULL),
           (NEW.opportunity_at IS NOT NULL),
           (NEW.outcome = 'won'),
           (NEW.outcome = 'lost'),
           CAST(round(ifnull(NEW.opportunity_amount, 0) * 100) AS INTEGER),
           CAST(round(ifnull(NEW.won_amount, 0) * 100) AS INTEGER),
           (NEW.routed_to_fallback <> 0 OR NEW.owner_id IS NULL),
           ifnull(NEW.first_touch_at IS NOT NULL AND NEW.first_touch_at <= NEW.sla_due_at, 0),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NOT NULL),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NULL),
           (NEW.accepted_at IS NOT NULL AND NEW.opportunity_at IS NULL),
           CASE WHEN (NEW.first_touch_seconds) IS NULL THEN ',' ELSE ',' || (NEW.first_touch_seconds) || ',' END,
           CASE WHEN ((NEW.opportunity_at - NEW.handed_off_at)) IS NULL THEN ',' ELSE ',' || ((NEW.opportunity_at - NEW.handed_off_at)) || ',' END,
           CASE WHEN (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) || ',' END,
           CASE WHEN (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) || ',' END
    WHERE 1
    ON CONFLICT(week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign) DO UPDATE SET
        handoffs = handoffs + excluded.handoffs,
        accepted = accepted + excluded.accepted,
        rejected = rejected + excluded.rejected,
        rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason,
        opportunities = opportunities + excluded.opportunities,
        won = won + excluded.won,
        lost = lost + excluded.lost,
        pipeline_cents = pipeline_cents + excluded.pipeline_cents,
        won_cents = won_cents + excluded.won_cents,
        unassigned = unassigned + excluded.unassigned,
        sla_met = sla_met + excluded.sla_met,
        sla_touched = sla_touched + excluded.sla_touched,
        sla_untouched = sla_untouched + excluded.sla_untouched,
        accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted,
        first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2),
        opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2),
        won_list = won_list || substr(excluded.won_list, 2),
        rejection_list = rejection_list || substr(excluded.rejection_list, 2);
    INSERT INTO kpi_account(account_id, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
    SELECT NEW.account_id,
           1,
           (NEW.accepted_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL AND NEW.rejection_reason_id IS NULL),
           (NEW.opportunity_at IS NOT NULL),
           (NEW.outcome = 'won'),
           (NEW.outcome = 'lost'),
           CAST(round(ifnull(NEW.opportunity_amount, 0) * 100) AS INTEGER),
           CAST(round(ifnull(NEW.won_amount, 0) * 100) AS INTEGER),
           (NEW.routed_to_fallback <> 0 OR NEW.owner_id IS NULL),
           ifnull(NEW.first_touch_at IS NOT NULL AND NEW.first_touch_at <= NEW.sla_due_at, 0),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NOT NULL),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NULL),
           (NEW.accepted_at IS NOT NULL AND NEW.opportunity_at IS NULL),
           CASE WHEN (NEW.first_touch_seconds) IS NULL THEN ',' ELSE ',' || (NEW.first_touch_seconds) || ',' END,
           CASE WHEN ((NEW.opportunity_at - NEW.handed_off_at)) IS NULL THEN ',' ELSE ',' || ((NEW.opportunity_at - NEW.handed_off_at)) || ',' END,
           CASE WHEN (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) || ',' END,
           CASE WHEN (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) || ',' END
    WHERE NEW.account_id IS NOT NULL
    ON CONFLICT(account_id) DO UPDATE SET
        handoffs = handoffs + excluded.handoffs,
        accepted = accepted + excluded.accepted,
        rejected = rejected + excluded.rejected,
        rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason,
        opportunities = opportunities + excluded.opportunities,
        won = won + excluded.won,
        lost = lost + excluded.lost,
        pipeline_cents = pipeline_cents + excluded.pipeline_cents,
        won_cents = won_cents + excluded.won_cents,
        unassigned = unassigned + excluded.unassigned,
        sla_met = sla_met + excluded.sla_met,
        sla_touched = sla_touched + excluded.sla_touched,
        sla_untouched = sla_untouched + excluded.sla_untouched,
        accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted,
        first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2),
        opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2),
        won_list = won_list || substr(excluded.won_list, 2),
        rejection_list = rejection_list || substr(excluded.rejection_list, 2);
END;

CREATE TRIGGER handoff_kpi_delete AFTER DELETE ON handoff
BEGIN
    UPDATE kpi_cell SET
        handoffs = handoffs - 1,
        accepted = accepted - (OLD.accepted_at IS NOT NULL),
        rejected = rejected - (OLD.rejected_at IS NOT NULL),
        rejected_without_reason = rejected_without_reason - (OLD.rejected_at IS NOT NULL AND OLD.rejection_reason_id IS NULL),
        opportunities = opportunities - (OLD.opportunity_at IS NOT NULL),
        won = won - (OLD.outcome = 'won'),
        lost = lost - (OLD.outcome = 'lost'),
        pipeline_cents = pipeline_cents - CAST(round(ifnull(OLD.opportunity_amount, 0) * 100) AS INTEGER),
        won_cents = won_cents - CAST(round(ifnull(OLD.won_amount, 0) * 100) AS INTEGER),
        unassigned = unassigned - (OLD.routed_to_fallback <> 0 OR OLD.owner_id IS NULL),
        sla_met = sla_met - ifnull(OLD.first_touch_at IS NOT NULL AND OLD.first_touch_at <= OLD.sla_due_at, 0),
        sla_touched = sla_touched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NOT NULL),
        sla_untouched = sla_untouched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NULL),
        accepted_not_converted = accepted_not_converted - (OLD.accepted_at IS NOT NULL AND OLD.opportunity_at IS NULL),
        first_touch_list = CASE WHEN (OLD.first_touch_seconds) IS NULL OR instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') = 0 THEN first_touch_list
            ELSE substr(first_touch_list, 1, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',')) || substr(first_touch_list, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') + length(',' || (OLD.first_touch_seconds) || ',')) END,
        opportunity_list = CASE WHEN ((OLD.opportunity_at - OLD.handed_off_at)) IS NULL OR instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') = 0 THEN opportunity_list
            ELSE substr(opportunity_list, 1, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) || substr(opportunity_list, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') + length(',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) END,
        won_list = CASE WHEN (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) IS NULL OR instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') = 0 THEN won_list
            ELSE substr(won_list, 1, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) || substr(won_list, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') + length(',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) END,
        rejection_list = CASE WHEN (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) IS NULL OR instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') = 0 THEN rejection_list
            ELSE substr(rejection_list, 1, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) || substr(rejection_list, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') + length(',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) END
    WHERE week = OLD.week AND segment_id = ifnull(OLD.segment_id, 0) AND territory_id = ifnull(OLD.territory_id, 0) AND signal_type_id = ifnull(OLD.signal_type_id, 0) AND team_id = ifnull(OLD.team_id, 0) AND source = ifnull(OLD.source, '') AND campaign = ifnull(OLD.campaign, '');
    DELETE FROM kpi_cell WHERE week = OLD.week AND segment_id = ifnull(OLD.segment_id, 0) AND territory_id = ifnull(OLD.territory_id, 0) AND signal_type_id = ifnull(OLD.signal_type_id, 0) AND team_id = ifnull(OLD.team_id, 0) AND source = ifnull(OLD.source, '') AND campaign = ifnull(OLD.campaign, '') AND handoffs = 0;
    UPDATE kpi_owner_cell SET
        handoffs = handoffs - 1,
        accepted = accepted - (OLD.accepted_at IS NOT NULL),
        rejected = rejected - (OLD.rejected_at IS NOT NULL),
        rejected_without_reason = rejected_without_reason - (OLD.rejected_at IS NOT NULL AND OLD.rejection_reason_id IS NULL),
        opportunities = opportunities - (OLD.opportunity_at IS NOT NULL),
        won = won - (OLD.outcome = 'won'),
        lost = lost - (OLD.outcome = 'lost'),
        pipeline_cents = pipeline_cents - CAST(round(ifnull(OLD.opportunity_amount, 0) * 100) AS INTEGER),
        won_cents = won_cents - CAST(round(ifnull(OLD.won_amount, 0) * 100) AS INTEGER),
        unassigned = unassigned - (OLD.routed_to_fallback <> 0 OR OLD.owner_id IS NULL),
        sla_met = sla_met - ifnull(OLD.first_touch_at IS NOT NULL AND OLD.first_touch_at <= OLD.sla_due_at, 0),
        sla_touched = sla_touched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NOT NULL),
        sla_untouched = sla_untouched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NULL),
        accepted_not_converted = accepted_not_converted - (OLD.accepted_at IS NOT NULL AND OLD.opportunity_at IS NULL),
        first_touch_list = CASE WHEN (OLD.first_touch_seconds) IS NULL OR instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') = 0 THEN first_touch_list
            ELSE substr(first_touch_list, 1, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',')) || substr(first_touch_list, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') + length(',' || (OLD.first_touch_seconds) || ',')) END,
        opportunity_list = CASE WHEN ((OLD.opportunity_at - OLD.handed_off_at)) IS NULL OR instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') = 0 THEN opportunity_list
            ELSE substr(opportunity_list, 1, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) || substr(opportunity_list, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') + length(',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) END,
        won_list = CASE WHEN (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) IS NULL OR instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') = 0 THEN won_list
            ELSE substr(won_list, 1, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) || substr(won_list, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') + length(',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) END,
        rejection_list = CASE WHEN (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) IS NULL OR instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') = 0 THEN rejection_list
            ELSE substr(rejection_list, 1, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) || substr(rejection_list, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') + length(',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) END
    WHERE week = OLD.week AND segment_id = ifnull(OLD.segment_id, 0) AND territory_id = ifnull(OLD.territory_id, 0) AND signal_type_id = ifnull(OLD.signal_type_id, 0) AND team_id = ifnull(OLD.team_id, 0) AND owner_id = ifnull(OLD.owner_id, 0) AND source = ifnull(OLD.source, '') AND campaign = ifnull(OLD.campaign, '');
    DELETE FROM kpi_owner_cell WHERE week = OLD.week AND segment_id = ifnull(OLD.segment_id, 0) AND territory_id = ifnull(OLD.territory_id, 0) AND signal_type_id = ifnull(OLD.signal_type_id, 0) AND team_id = ifnull(OLD.team_id, 0) AND owner_id = ifnull(OLD.owner_id, 0) AND source = ifnull(OLD.source, '') AND campaign = ifnull(OLD.campaign, '') AND handoffs = 0;
    UPDATE kpi_account SET
        handoffs = handoffs - 1,
        accepted = accepted - (OLD.accepted_at IS NOT NULL),
        rejected = rejected - (OLD.rejected_at IS NOT NULL),
        rejected_without_reason = rejected_without_reason - (OLD.rejected_at IS NOT NULL AND OLD.rejection_reason_id IS NULL),
        opportunities = opportunities - (OLD.opportunity_at IS NOT NULL),
        won = won - (OLD.outcome = 'won'),
        lost = lost - (OLD.outcome = 'lost'),
        pipeline_cents = pipeline_cents - CAST(round(ifnull(OLD.opportunity_amount, 0) * 100) AS INTEGER),
        won_cents = won_cents - CAST(round(ifnull(OLD.won_amount, 0) * 100) AS INTEGER),
        unassigned = unassigned - (OLD.routed_to_fallback <> 0 OR OLD.owner_id IS NULL),
        sla_met = sla_met - ifnull(OLD.first_touch_at IS NOT NULL AND OLD.first_touch_at <= OLD.sla_due_at, 0),
        sla_touched = sla_touched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NOT NULL),
        sla_untouched = sla_untouched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NULL),
        accepted_not_converted = accepted_not_converted - (OLD.accepted_at IS NOT NULL AND OLD.opportunity_at IS NULL),
        first_touch_list = CASE WHEN (OLD.first_touch_seconds) IS NULL OR instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') = 0 THEN first_touch_list
            ELSE substr(first_touch_list, 1, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',')) || substr(first_touch_list, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') + length(',' || (OLD.first_touch_seconds) || ',')) END,
        opportunity_list = CASE WHEN ((OLD.opportunity_at - OLD.handed_off_at)) IS NULL OR instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') = 0 THEN opportunity_list
            ELSE substr(opportunity_list, 1, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) || substr(opportunity_list, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') + length(',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) END,
        won_list = CASE WHEN (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) IS NULL OR instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') = 0 THEN won_list
            ELSE substr(won_list, 1, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) || substr(won_list, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') + length(',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) END,
        rejection_list = CASE WHEN (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) IS NULL OR instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') = 0 THEN rejection_list
            ELSE substr(rejection_list, 1, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) || substr(rejection_list, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') + length(',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) END
    WHERE OLD.account_id IS NOT NULL AND account_id = OLD.account_id;
    DELETE FROM kpi_account WHERE OLD.account_id IS NOT NULL AND account_id = OLD.account_id AND handoffs = 0;
END;

CREATE TRIGGER handoff_kpi_update AFTER UPDATE OF week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign, rejection_reason_id, account_id, accepted_at, rejected_at, opportunity_at, opportunity_amount, closed_at, won_amount, outcome, routed_to_fallback, first_touch_at, sla_due_at, first_touch_seconds, handed_off_at ON handoff
BEGIN
    UPDATE kpi_cell SET
        handoffs = handoffs - 1,
        accepted = accepted - (OLD.accepted_at IS NOT NULL),
        rejected = rejected - (OLD.rejected_at IS NOT NULL),
        rejected_without_reason = rejected_without_reason - (OLD.rejected_at IS NOT NULL AND OLD.rejection_reason_id IS NULL),
        opportunities = opportunities - (OLD.opportunity_at IS NOT NULL),
        won = won - (OLD.outcome = 'won'),
        lost = lost - (OLD.outcome = 'lost'),
        pipeline_cents = pipeline_cents - CAST(round(ifnull(OLD.opportunity_amount, 0) * 100) AS INTEGER),
        won_cents = won_cents - CAST(round(ifnull(OLD.won_amount, 0) * 100) AS INTEGER),
        unassigned = unassigned - (OLD.routed_to_fallback <> 0 OR OLD.owner_id IS NULL),
        sla_met = sla_met - ifnull(OLD.first_touch_at IS NOT NULL AND OLD.first_touch_at <= OLD.sla_due_at, 0),
        sla_touched = sla_touched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NOT NULL),
        sla_untouched = sla_untouched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NULL),
        accepted_not_converted = accepted_not_converted - (OLD.accepted_at IS NOT NULL AND OLD.opportunity_at IS NULL),
        first_touch_list = CASE WHEN (OLD.first_touch_seconds) IS NULL OR instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') = 0 THEN first_touch_list
            ELSE substr(first_touch_list, 1, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',')) || substr(first_touch_list, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') + length(',' || (OLD.first_touch_seconds) || ',')) END,
        opportunity_list = CASE WHEN ((OLD.opportunity_at - OLD.handed_off_at)) IS NULL OR instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') = 0 THEN opportunity_list
            ELSE substr(opportunity_list, 1, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) || substr(opportunity_list, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') + length(',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) END,
        won_list = CASE WHEN (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) IS NULL OR instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') = 0 THEN won_list
            ELSE substr(won_list, 1, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) || substr(won_list, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') + length(',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) END,
        rejection_list = CASE WHEN (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) IS NULL OR instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') = 0 THEN rejection_list
            ELSE substr(rejection_list, 1, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) || substr(rejection_list, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') + length(',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) END
    WHERE week = OLD.week AND segment_id = ifnull(OLD.segment_id, 0) AND territory_id = ifnull(OLD.territory_id, 0) AND signal_type_id = ifnull(OLD.signal_type_id, 0) AND team_id = ifnull(OLD.team_id, 0) AND source = ifnull(OLD.source, '') AND campaign = ifnull(OLD.campaign, '');
    DELETE FROM kpi_cell WHERE week = OLD.week AND segment_id = ifnull(OLD.segment_id, 0) AND territory_id = ifnull(OLD.territory_id, 0) AND signal_type_id = ifnull(OLD.signal_type_id, 0) AND team_id = ifnull(OLD.team_id, 0) AND source = ifnull(OLD.source, '') AND campaign = ifnull(OLD.campaign, '') AND handoffs = 0;
    UPDATE kpi_owner_cell SET
        handoffs = handoffs - 1,
        accepted = accepted - (OLD.accepted_at IS NOT NULL),
        rejected = rejected - (OLD.rejected_at IS NOT NULL),
        rejected_without_reason = rejected_without_reason - (OLD.rejected_at IS NOT NULL AND OLD.rejection_reason_id IS NULL),
        opportunities = opportunities - (OLD.opportunity_at IS NOT NULL),
        won = won - (OLD.outcome = 'won'),
        lost = lost - (OLD.outcome = 'lost'),
        pipeline_cents = pipeline_cents - CAST(round(ifnull(OLD.opportunity_amount, 0) * 100) AS INTEGER),
        won_cents = won_cents - CAST(round(ifnull(OLD.won_amount, 0) * 100) AS INTEGER),
        unassigned = unassigned - (OLD.routed_to_fallback <> 0 OR OLD.owner_id IS NULL),
        sla_met = sla_met - ifnull(OLD.first_touch_at IS NOT NULL AND OLD.first_touch_at <= OLD.sla_due_at, 0),
        sla_touched = sla_touched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NOT NULL),
        sla_untouched = sla_untouched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NULL),
        accepted_not_converted = accepted_not_converted - (OLD.accepted_at IS NOT NULL AND OLD.opportunity_at IS NULL),
        first_touch_list = CASE WHEN (OLD.first_touch_seconds) IS NULL OR instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') = 0 THEN first_touch_list
            ELSE substr(first_touch_list, 1, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',')) || substr(first_touch_list, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') + length(',' || (OLD.first_touch_seconds) || ',')) END,
        opportunity_list = CASE WHEN ((OLD.opportunity_at - OLD.handed_off_at)) IS NULL OR instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') = 0 THEN opportunity_list
            ELSE substr(opportunity_list, 1, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) || substr(opportunity_list, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') + length(',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) END,
        won_list = CASE WHEN (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) IS NULL OR instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') = 0 THEN won_list
            ELSE substr(won_list, 1, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) || substr(won_list, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') + length(',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) END,
        rejection_list = CASE WHEN (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) IS NULL OR instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') = 0 THEN rejection_list
            ELSE substr(rejection_list, 1, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) || substr(rejection_list, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') + length(',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) END
    WHERE week = OLD.week AND segment_id = ifnull(OLD.segment_id, 0) AND territory_id = ifnull(OLD.territory_id, 0) AND signal_type_id = ifnull(OLD.signal_type_id, 0) AND team_id = ifnull(OLD.team_id, 0) AND owner_id = ifnull(OLD.owner_id, 0) AND source = ifnull(OLD.source, '') AND campaign = ifnull(OLD.campaign, '');
    DELETE FROM kpi_owner_cell WHERE week = OLD.week AND segment_id = ifnull(OLD.segment_id, 0) AND territory_id = ifnull(OLD.territory_id, 0) AND signal_type_id = ifnull(OLD.signal_type_id, 0) AND team_id = ifnull(OLD.team_id, 0) AND owner_id = ifnull(OLD.owner_id, 0) AND source = ifnull(OLD.source, '') AND campaign = ifnull(OLD.campaign, '') AND handoffs = 0;
    UPDATE kpi_account SET
        handoffs = handoffs - 1,
        accepted = accepted - (OLD.accepted_at IS NOT NULL),
        rejected = rejected - (OLD.rejected_at IS NOT NULL),
        rejected_without_reason = rejected_without_reason - (OLD.rejected_at IS NOT NULL AND OLD.rejection_reason_id IS NULL),
        opportunities = opportunities - (OLD.opportunity_at IS NOT NULL),
        won = won - (OLD.outcome = 'won'),
        lost = lost - (OLD.outcome = 'lost'),
        pipeline_cents = pipeline_cents - CAST(round(ifnull(OLD.opportunity_amount, 0) * 100) AS INTEGER),
        won_cents = won_cents - CAST(round(ifnull(OLD.won_amount, 0) * 100) AS INTEGER),
        unassigned = unassigned - (OLD.routed_to_fallback <> 0 OR OLD.owner_id IS NULL),
        sla_met = sla_met - ifnull(OLD.first_touch_at IS NOT NULL AND OLD.first_touch_at <= OLD.sla_due_at, 0),
        sla_touched = sla_touched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NOT NULL),
        sla_untouched = sla_untouched - (OLD.sla_due_at IS NOT NULL AND OLD.first_touch_at IS NULL),
        accepted_not_converted = accepted_not_converted - (OLD.accepted_at IS NOT NULL AND OLD.opportunity_at IS NULL),
        first_touch_list = CASE WHEN (OLD.first_touch_seconds) IS NULL OR instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') = 0 THEN first_touch_list
            ELSE substr(first_touch_list, 1, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',')) || substr(first_touch_list, instr(first_touch_list, ',' || (OLD.first_touch_seconds) || ',') + length(',' || (OLD.first_touch_seconds) || ',')) END,
        opportunity_list = CASE WHEN ((OLD.opportunity_at - OLD.handed_off_at)) IS NULL OR instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') = 0 THEN opportunity_list
            ELSE substr(opportunity_list, 1, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) || substr(opportunity_list, instr(opportunity_list, ',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',') + length(',' || ((OLD.opportunity_at - OLD.handed_off_at)) || ',')) END,
        won_list = CASE WHEN (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) IS NULL OR instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') = 0 THEN won_list
            ELSE substr(won_list, 1, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) || substr(won_list, instr(won_list, ',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',') + length(',' || (CASE WHEN OLD.outcome = 'won' AND OLD.closed_at IS NOT NULL THEN OLD.closed_at - OLD.handed_off_at END) || ',')) END,
        rejection_list = CASE WHEN (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) IS NULL OR instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') = 0 THEN rejection_list
            ELSE substr(rejection_list, 1, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) || substr(rejection_list, instr(rejection_list, ',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',') + length(',' || (CASE WHEN OLD.rejected_at IS NOT NULL THEN ifnull(OLD.rejection_reason_id, 0) END) || ',')) END
    WHERE OLD.account_id IS NOT NULL AND account_id = OLD.account_id;
    DELETE FROM kpi_account WHERE OLD.account_id IS NOT NULL AND account_id = OLD.account_id AND handoffs = 0;
    INSERT INTO kpi_cell(week, segment_id, territory_id, signal_type_id, team_id, source, campaign, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
    SELECT NEW.week,
           ifnull(NEW.segment_id, 0),
           ifnull(NEW.territory_id, 0),
           ifnull(NEW.signal_type_id, 0),
           ifnull(NEW.team_id, 0),
           ifnull(NEW.source, ''),
           ifnull(NEW.campaign, ''),
           1,
           (NEW.accepted_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL AND NEW.rejection_reason_id IS NULL),
           (NEW.opportunity_at IS NOT NULL),
           (NEW.outcome = 'won'),
           (NEW.outcome = 'lost'),
           CAST(round(ifnull(NEW.opportunity_amount, 0) * 100) AS INTEGER),
           CAST(round(ifnull(NEW.won_amount, 0) * 100) AS INTEGER),
           (NEW.routed_to_fallback <> 0 OR NEW.owner_id IS NULL),
           ifnull(NEW.first_touch_at IS NOT NULL AND NEW.first_touch_at <= NEW.sla_due_at, 0),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NOT NULL),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NULL),
           (NEW.accepted_at IS NOT NULL AND NEW.opportunity_at IS NULL),
           CASE WHEN (NEW.first_touch_seconds) IS NULL THEN ',' ELSE ',' || (NEW.first_touch_seconds) || ',' END,
           CASE WHEN ((NEW.opportunity_at - NEW.handed_off_at)) IS NULL THEN ',' ELSE ',' || ((NEW.opportunity_at - NEW.handed_off_at)) || ',' END,
           CASE WHEN (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) || ',' END,
           CASE WHEN (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) || ',' END
    WHERE 1
    ON CONFLICT(week, segment_id, territory_id, signal_type_id, team_id, source, campaign) DO UPDATE SET
        handoffs = handoffs + excluded.handoffs,
        accepted = accepted + excluded.accepted,
        rejected = rejected + excluded.rejected,
        rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason,
        opportunities = opportunities + excluded.opportunities,
        won = won + excluded.won,
        lost = lost + excluded.lost,
        pipeline_cents = pipeline_cents + excluded.pipeline_cents,
        won_cents = won_cents + excluded.won_cents,
        unassigned = unassigned + excluded.unassigned,
        sla_met = sla_met + excluded.sla_met,
        sla_touched = sla_touched + excluded.sla_touched,
        sla_untouched = sla_untouched + excluded.sla_untouched,
        accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted,
        first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2),
        opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2),
        won_list = won_list || substr(excluded.won_list, 2),
        rejection_list = rejection_list || substr(excluded.rejection_list, 2);
    INSERT INTO kpi_owner_cell(week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
    SELECT NEW.week,
           ifnull(NEW.segment_id, 0),
           ifnull(NEW.territory_id, 0),
           ifnull(NEW.signal_type_id, 0),
           ifnull(NEW.team_id, 0),
           ifnull(NEW.owner_id, 0),
           ifnull(NEW.source, ''),
           ifnull(NEW.campaign, ''),
           1,
           (NEW.accepted_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL AND NEW.rejection_reason_id IS NULL),
           (NEW.opportunity_at IS NOT NULL),
           (NEW.outcome = 'won'),
           (NEW.outcome = 'lost'),
           CAST(round(ifnull(NEW.opportunity_amount, 0) * 100) AS INTEGER),
           CAST(round(ifnull(NEW.won_amount, 0) * 100) AS INTEGER),
           (NEW.routed_to_fallback <> 0 OR NEW.owner_id IS NULL),
           ifnull(NEW.first_touch_at IS NOT NULL AND NEW.first_touch_at <= NEW.sla_due_at, 0),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NOT NULL),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NULL),
           (NEW.accepted_at IS NOT NULL AND NEW.opportunity_at IS NULL),
           CASE WHEN (NEW.first_touch_seconds) IS NULL THEN ',' ELSE ',' || (NEW.first_touch_seconds) || ',' END,
           CASE WHEN ((NEW.opportunity_at - NEW.handed_off_at)) IS NULL THEN ',' ELSE ',' || ((NEW.opportunity_at - NEW.handed_off_at)) || ',' END,
           CASE WHEN (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) || ',' END,
           CASE WHEN (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) || ',' END
    WHERE 1
    ON CONFLICT(week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign) DO UPDATE SET
        handoffs = handoffs + excluded.handoffs,
        accepted = accepted + excluded.accepted,
        rejected = rejected + excluded.rejected,
        rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason,
        opportunities = opportunities + excluded.opportunities,
        won = won + excluded.won,
        lost = lost + excluded.lost,
        pipeline_cents = pipeline_cents + excluded.pipeline_cents,
        won_cents = won_cents + excluded.won_cents,
        unassigned = unassigned + excluded.unassigned,
        sla_met = sla_met + excluded.sla_met,
        sla_touched = sla_touched + excluded.sla_touched,
        sla_untouched = sla_untouched + excluded.sla_untouched,
        accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted,
        first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2),
        opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2),
        won_list = won_list || substr(excluded.won_list, 2),
        rejection_list = rejection_list || substr(excluded.rejection_list, 2);
    INSERT INTO kpi_account(account_id, handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, won_list, rejection_list)
    SELECT NEW.account_id,
           1,
           (NEW.accepted_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL),
           (NEW.rejected_at IS NOT NULL AND NEW.rejection_reason_id IS NULL),
           (NEW.opportunity_at IS NOT NULL),
           (NEW.outcome = 'won'),
           (NEW.outcome = 'lost'),
           CAST(round(ifnull(NEW.opportunity_amount, 0) * 100) AS INTEGER),
           CAST(round(ifnull(NEW.won_amount, 0) * 100) AS INTEGER),
           (NEW.routed_to_fallback <> 0 OR NEW.owner_id IS NULL),
           ifnull(NEW.first_touch_at IS NOT NULL AND NEW.first_touch_at <= NEW.sla_due_at, 0),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NOT NULL),
           (NEW.sla_due_at IS NOT NULL AND NEW.first_touch_at IS NULL),
           (NEW.accepted_at IS NOT NULL AND NEW.opportunity_at IS NULL),
           CASE WHEN (NEW.first_touch_seconds) IS NULL THEN ',' ELSE ',' || (NEW.first_touch_seconds) || ',' END,
           CASE WHEN ((NEW.opportunity_at - NEW.handed_off_at)) IS NULL THEN ',' ELSE ',' || ((NEW.opportunity_at - NEW.handed_off_at)) || ',' END,
           CASE WHEN (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.outcome = 'won' AND NEW.closed_at IS NOT NULL THEN NEW.closed_at - NEW.handed_off_at END) || ',' END,
           CASE WHEN (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) IS NULL THEN ',' ELSE ',' || (CASE WHEN NEW.rejected_at IS NOT NULL THEN ifnull(NEW.rejection_reason_id, 0) END) || ',' END
    WHERE NEW.account_id IS NOT NULL
    ON CONFLICT(account_id) DO UPDATE SET
        handoffs = handoffs + excluded.handoffs,
        accepted = accepted + excluded.accepted,
        rejected = rejected + excluded.rejected,
        rejected_without_reason = rejected_without_reason + excluded.rejected_without_reason,
        opportunities = opportunities + excluded.opportunities,
        won = won + excluded.won,
        lost = lost + excluded.lost,
        pipeline_cents = pipeline_cents + excluded.pipeline_cents,
        won_cents = won_cents + excluded.won_cents,
        unassigned = unassigned + excluded.unassigned,
        sla_met = sla_met + excluded.sla_met,
        sla_touched = sla_touched + excluded.sla_touched,
        sla_untouched = sla_untouched + excluded.sla_untouched,
        accepted_not_converted = accepted_not_converted + excluded.accepted_not_converted,
        first_touch_list = first_touch_list || substr(excluded.first_touch_list, 2),
        opportunity_list = opportunity_list || substr(excluded.opportunity_list, 2),
        won_list = won_list || substr(excluded.won_list, 2),
        rejection_list = rejection_list || substr(excluded.rejection_list, 2);
END;

-- Recycled handoffs are found from their origin (Feedback: did recycled handoffs come back and convert).
CREATE INDEX handoff_recycled_from ON handoff(recycled_from_id) WHERE recycled_from_id IS NOT NULL;
-- Untouched handoffs under an SLA: the few whose SLA is not decided yet are subtracted from the cube.
CREATE INDEX handoff_sla_untouched ON handoff(sla_due_at) WHERE first_touch_at IS NULL AND sla_due_at IS NOT NULL;
