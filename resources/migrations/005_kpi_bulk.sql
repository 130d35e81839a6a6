-- Schema version 5: bulk writes of handoffs (imports) can defer the KPI cubes' per-row trigger work and add
-- their handoffs to the cubes in one pass at the end of the same transaction.
--
-- The triggers of 004_kpi_cube.sql cost about 12 microseconds for every handoff written; for an import of a
-- million rows that is longer than the import itself. kpi_sync holds one row. While its deferred_from is set
-- (only ever inside a bulk writer's transaction, see model/optimize/kpideferral.h), handoffs whose id is at
-- least deferred_from (the rows that bulk write inserted) are skipped by the triggers; older handoffs keep
-- being updated row by row. Before the transaction commits, the writer sums the skipped handoffs into the
-- cubes with the same expressions the triggers use and clears deferred_from, so that outside a bulk write the
-- cubes always equal the sums over the handoffs (the test suite checks it). A transaction that fails or is
-- cancelled rolls deferred_from back with everything else.
--
-- The trigger bodies are those of 004_kpi_cube.sql, unchanged; only the WHEN clause is new.

CREATE TABLE kpi_sync (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    deferred_from INTEGER
);
INSERT INTO kpi_sync(id, deferred_from) VALUES (1, NULL);

-- Upserts keyed by the opportunity id (imports) find the handoff without a scan (lead_ref has its index since
-- schema 1). An index on email costs every bulk write a random insert per row, so it is created by the first
-- import keyed by email instead (handoff_email, email COLLATE NOCASE, see model/instrument/import/handoffstore.cpp).
CREATE INDEX handoff_opportunity_ref ON handoff(opportunity_ref) WHERE opportunity_ref IS NOT NULL;

-- What an import kept: the header of its file (JSON array), for exporting kept-aside rows with their columns,
-- and what the mapping did beyond the counts (JSON object).
ALTER TABLE import_run ADD COLUMN entity TEXT NOT NULL DEFAULT 'handoff';
ALTER TABLE import_run ADD COLUMN header TEXT NOT NULL DEFAULT '[]';
ALTER TABLE import_run ADD COLUMN details TEXT NOT NULL DEFAULT '{}';

DROP TRIGGER handoff_kpi_insert;

CREATE TRIGGER handoff_kpi_insert AFTER INSERT ON handoff
WHEN NOT EXISTS (SELECT 1 FROM kpi_sync WHERE deferred_from <= NEW.id)
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

DROP TRIGGER handoff_kpi_delete;

CREATE TRIGGER handoff_kpi_delete AFTER DELETE ON handoff
WHEN NOT EXISTS (SELECT 1 FROM kpi_sync WHERE deferred_from <= OLD.id)
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

DROP TRIGGER handoff_kpi_update;

CREATE TRIGGER handoff_kpi_update AFTER UPDATE OF week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign, rejection_reason_id, account_id, accepted_at, rejected_at, opportunity_at, opportunity_amount, closed_at, won_amount, outcome, routed_to_fallback, first_touch_at, sla_due_at, first_touch_seconds, handed_off_at ON handoff
WHEN NOT EXISTS (SELECT 1 FROM kpi_sync WHERE deferred_from <= NEW.id)
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
