-- Schema version 2: SLA facts per handoff, measured on business-hours clocks, so that compliance,
-- time to first touch and breaches can be counted in SQL without re-running the clock per query.
-- They are written with the handoff (import, demo) by the SLA clock (model/enforce/slaclock.h), from the
-- policy in force when the handoff was written; `baton sla --recompute` (or the Enforce page) recomputes
-- them after policies or calendars change.
--
-- sla_target_minutes    the policy's time-to-first-touch target, business minutes (NULL: no policy)
-- sla_due_at            the instant the target is used up, counted from handed_off_at on the handoff's calendar
-- routing_delay_seconds business seconds handed_off_at -> assigned_at (the system's and RevOps' share)
-- response_seconds      business seconds assigned_at -> first_touch_at (the owner's share)
-- first_touch_seconds   business seconds handed_off_at -> first_touch_at (NULL when untouched or out of order)

ALTER TABLE handoff ADD COLUMN sla_target_minutes INTEGER;
ALTER TABLE handoff ADD COLUMN sla_due_at INTEGER;
ALTER TABLE handoff ADD COLUMN routing_delay_seconds INTEGER;
ALTER TABLE handoff ADD COLUMN response_seconds INTEGER;
ALTER TABLE handoff ADD COLUMN first_touch_seconds INTEGER;
