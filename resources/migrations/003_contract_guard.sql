-- Schema version 3: the database itself keeps signed contract versions immutable.
-- The contract service (model/define/contractservice.h) refuses these changes with a message for the user;
-- the triggers are the last line, so that no other code path (an undo step, a script, another window's
-- stale edit) can change what the three parties signed.
--
-- A version is open for changes while it is a draft that nobody has signed yet. Once any party signed, and
-- for active and superseded versions, its terms, title and summary are frozen. Signatures can only be
-- given or withdrawn on drafts; a draft becomes active only with all three signatures; active and
-- superseded versions are never deleted and never go back to draft. (Dates are bookkeeping, not content.)

CREATE TRIGGER contract_term_frozen_insert BEFORE INSERT ON contract_term
WHEN (SELECT status FROM contract_version WHERE id = NEW.contract_version_id) IN ('active', 'superseded')
  OR EXISTS (SELECT 1 FROM contract_signoff WHERE contract_version_id = NEW.contract_version_id)
BEGIN
    SELECT RAISE(ABORT, 'This contract version is signed; its terms cannot be changed.');
END;

CREATE TRIGGER contract_term_frozen_update BEFORE UPDATE ON contract_term
WHEN (SELECT status FROM contract_version WHERE id = OLD.contract_version_id) IN ('active', 'superseded')
  OR (SELECT status FROM contract_version WHERE id = NEW.contract_version_id) IN ('active', 'superseded')
  OR EXISTS (SELECT 1 FROM contract_signoff WHERE contract_version_id IN (OLD.contract_version_id, NEW.contract_version_id))
BEGIN
    SELECT RAISE(ABORT, 'This contract version is signed; its terms cannot be changed.');
END;

CREATE TRIGGER contract_term_frozen_delete BEFORE DELETE ON contract_term
WHEN (SELECT status FROM contract_version WHERE id = OLD.contract_version_id) IN ('active', 'superseded')
  OR EXISTS (SELECT 1 FROM contract_signoff WHERE contract_version_id = OLD.contract_version_id)
BEGIN
    SELECT RAISE(ABORT, 'This contract version is signed; its terms cannot be changed.');
END;

CREATE TRIGGER contract_version_frozen_text BEFORE UPDATE OF number, title, summary ON contract_version
WHEN (OLD.status <> 'draft' OR EXISTS (SELECT 1 FROM contract_signoff WHERE contract_version_id = OLD.id))
  AND (NEW.number IS NOT OLD.number OR NEW.title IS NOT OLD.title OR NEW.summary IS NOT OLD.summary)
BEGIN
    SELECT RAISE(ABORT, 'This contract version is signed; it cannot be changed.');
END;

CREATE TRIGGER contract_version_status BEFORE UPDATE OF status ON contract_version
WHEN NEW.status IS NOT OLD.status AND NOT (
       (OLD.status = 'draft' AND NEW.status = 'active'
        AND (SELECT count(DISTINCT party) FROM contract_signoff WHERE contract_version_id = OLD.id) = 3)
    OR (OLD.status = 'active' AND NEW.status = 'superseded'))
BEGIN
    SELECT RAISE(ABORT, 'A contract version becomes active only when all three parties signed it, and a signed version never goes back to draft.');
END;

CREATE TRIGGER contract_version_kept BEFORE DELETE ON contract_version
WHEN OLD.status <> 'draft' OR EXISTS (SELECT 1 FROM contract_signoff WHERE contract_version_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'Signed contract versions are kept as history and cannot be deleted.');
END;

CREATE TRIGGER contract_signoff_on_drafts BEFORE INSERT ON contract_signoff
WHEN (SELECT status FROM contract_version WHERE id = NEW.contract_version_id) IN ('active', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'Only drafts can be signed.');
END;

CREATE TRIGGER contract_signoff_kept BEFORE DELETE ON contract_signoff
WHEN (SELECT status FROM contract_version WHERE id = OLD.contract_version_id) IN ('active', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'Signatures of an active or superseded contract version cannot be withdrawn.');
END;

CREATE TRIGGER contract_signoff_frozen BEFORE UPDATE ON contract_signoff
WHEN (SELECT status FROM contract_version WHERE id = OLD.contract_version_id) IN ('active', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'Signatures of an active or superseded contract version cannot be changed.');
END;
