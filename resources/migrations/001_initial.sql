-- Baton workspace schema, version 1.
-- Conventions: every table has an integer id; configuration tables carry row_version, raised by every
-- update so that an edit made from a stale copy is detected instead of overwriting another window's edit.
-- Instants are INTEGER seconds since the Unix epoch (UTC); calendar days are TEXT 'YYYY-MM-DD'.
-- Lists inside one configuration row (required fields, allowed values) are TEXT holding a JSON array.

CREATE TABLE workspace_setting (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- Everything a configuration change did: who, when, which row, which field, before and after.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field     TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

-- Define ------------------------------------------------------------------------------------------

CREATE TABLE signal_type (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    intent_tier TEXT NOT NULL CHECK (intent_tier IN ('high', 'medium', 'low')),
    description TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contract_version (
    id            INTEGER PRIMARY KEY,
    number        INTEGER NOT NULL UNIQUE,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'active', 'superseded')),
    title         TEXT NOT NULL,
    summary       TEXT,
    created_at    INTEGER NOT NULL,
    activated_at  INTEGER,
    superseded_at INTEGER,
    row_version   INTEGER NOT NULL DEFAULT 1
);
-- Exactly one active version at a time.
CREATE UNIQUE INDEX contract_version_one_active ON contract_version(status) WHERE status = 'active';

-- The terms of one version for one signal type.
CREATE TABLE contract_term (
    id                  INTEGER PRIMARY KEY,
    contract_version_id INTEGER NOT NULL REFERENCES contract_version(id) ON DELETE CASCADE,
    signal_type_id      INTEGER NOT NULL REFERENCES signal_type(id),
    min_fit_grade       TEXT NOT NULL DEFAULT 'C' CHECK (min_fit_grade IN ('A', 'B', 'C', 'D')),
    required_attributes TEXT NOT NULL DEFAULT '[]',
    required_context    TEXT NOT NULL DEFAULT '[]',
    owner_role          TEXT NOT NULL,
    follow_up_action    TEXT NOT NULL,
    sla_minutes         INTEGER NOT NULL CHECK (sla_minutes > 0),
    row_version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (contract_version_id, signal_type_id)
);

CREATE TABLE contract_signoff (
    id                  INTEGER PRIMARY KEY,
    contract_version_id INTEGER NOT NULL REFERENCES contract_version(id) ON DELETE CASCADE,
    party               TEXT NOT NULL CHECK (party IN ('sales', 'marketing', 'revops')),
    signer_name         TEXT NOT NULL,
    signed_at           INTEGER NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (contract_version_id, party)
);

-- Map ---------------------------------------------------------------------------------------------

CREATE TABLE lifecycle_stage (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'funnel' CHECK (kind IN ('funnel', 'side')),
    workflow_action TEXT NOT NULL CHECK (workflow_action IN
                        ('none', 'nurture', 'alert', 'task_creation', 'sequence_enrollment', 'sdr_queue')),
    exit_criteria   TEXT,
    row_version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE stage_transition (
    id            INTEGER PRIMARY KEY,
    from_stage_id INTEGER NOT NULL REFERENCES lifecycle_stage(id) ON DELETE CASCADE,
    to_stage_id   INTEGER NOT NULL REFERENCES lifecycle_stage(id) ON DELETE CASCADE,
    row_version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (from_stage_id, to_stage_id)
);

-- Instrument: the data standard ---------------------------------------------------------------------

-- A field or timestamp that a handoff must carry once it is in a stage.
CREATE TABLE stage_requirement (
    id          INTEGER PRIMARY KEY,
    stage_id    INTEGER NOT NULL REFERENCES lifecycle_stage(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('field', 'timestamp')),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (stage_id, field)
);

-- Campaign/UTM conventions: per UTM field an optional list of allowed values, a casing and a pattern.
CREATE TABLE utm_convention (
    id             INTEGER PRIMARY KEY,
    field          TEXT NOT NULL UNIQUE CHECK (field IN ('source', 'campaign', 'utm_source', 'utm_medium', 'utm_campaign')),
    casing         TEXT NOT NULL DEFAULT 'any' CHECK (casing IN ('any', 'lower', 'upper')),
    pattern        TEXT,
    allowed_values TEXT NOT NULL DEFAULT '[]',
    row_version    INTEGER NOT NULL DEFAULT 1
);

-- Which fields make two records the same lead (tried in position order).
CREATE TABLE identity_rule (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    fields      TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    enabled     INTEGER NOT NULL DEFAULT 1,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Lead-to-account matching, tried in position order.
CREATE TABLE account_match_rule (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL UNIQUE CHECK (kind IN ('email_domain', 'company_name')),
    position    INTEGER NOT NULL DEFAULT 0,
    enabled     INTEGER NOT NULL DEFAULT 1,
    row_version INTEGER NOT NULL DEFAULT 1
);
-- Additions to the built-in lists (free-mail domains never match an account; legal suffixes are ignored).
CREATE TABLE free_mail_domain (
    id          INTEGER PRIMARY KEY,
    domain      TEXT NOT NULL UNIQUE,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE legal_suffix (
    id          INTEGER PRIMARY KEY,
    suffix      TEXT NOT NULL UNIQUE,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Route: coverage ----------------------------------------------------------------------------------

CREATE TABLE territory (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    position    INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1
);
-- A territory is made of countries, or of states/regions inside a country (region NULL = whole country).
CREATE TABLE territory_area (
    id           INTEGER PRIMARY KEY,
    territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    country      TEXT NOT NULL,
    region       TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX territory_area_place ON territory_area(country, ifnull(region, ''));

-- Bands by employee count and/or annual revenue; NULL bounds are open.
CREATE TABLE segment (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    position      INTEGER NOT NULL DEFAULT 0,
    min_employees INTEGER,
    max_employees INTEGER,
    min_revenue   REAL,
    max_revenue   REAL,
    row_version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE industry (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Working hours and holidays in one time zone; owners and teams keep their SLA clock on one.
CREATE TABLE business_calendar (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    time_zone   TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
-- weekday 1 = Monday .. 7 = Sunday; minutes since local midnight, end exclusive.
CREATE TABLE calendar_hours (
    id           INTEGER PRIMARY KEY,
    calendar_id  INTEGER NOT NULL REFERENCES business_calendar(id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    row_version  INTEGER NOT NULL DEFAULT 1,
    CHECK (start_minute < end_minute)
);
CREATE TABLE calendar_holiday (
    id          INTEGER PRIMARY KEY,
    calendar_id INTEGER NOT NULL REFERENCES business_calendar(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    name        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (calendar_id, day)
);

-- Teams work leads together; queues are pools that leads wait in. One queue is the fallback.
CREATE TABLE team (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL DEFAULT 'team' CHECK (kind IN ('team', 'queue')),
    manager_name TEXT,
    calendar_id  INTEGER REFERENCES business_calendar(id),
    is_fallback  INTEGER NOT NULL DEFAULT 0,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX team_one_fallback ON team(is_fallback) WHERE is_fallback = 1;

CREATE TABLE owner (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    email            TEXT,
    role             TEXT NOT NULL DEFAULT 'SDR',
    team_id          INTEGER REFERENCES team(id),
    time_zone        TEXT NOT NULL DEFAULT 'UTC',
    capacity_per_day INTEGER NOT NULL DEFAULT 20 CHECK (capacity_per_day >= 0),
    active_from      TEXT,
    active_until     TEXT,
    calendar_id      INTEGER REFERENCES business_calendar(id),
    row_version      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX owner_email ON owner(email) WHERE email IS NOT NULL;

CREATE TABLE owner_absence (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES owner(id) ON DELETE CASCADE,
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    reason      TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (starts_on <= ends_on)
);

-- Members of a team or queue, with their share of round-robin assignments.
CREATE TABLE team_member (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    owner_id    INTEGER NOT NULL REFERENCES owner(id) ON DELETE CASCADE,
    weight      INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 0),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (team_id, owner_id)
);

-- Rule sets let RevOps prepare and simulate a draft before it goes live; one is active.
CREATE TABLE routing_rule_set (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'active', 'archived')),
    created_at   INTEGER NOT NULL,
    activated_at INTEGER,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX routing_rule_set_one_active ON routing_rule_set(status) WHERE status = 'active';

-- conditions: a JSON object; each present key narrows the rule, e.g.
-- {"signal_type":[1,2], "intent_tier":["high"], "territory":[3], "segment":[1], "industry":[2],
--  "source":["webinar"], "account_owned": true}. A missing key matches everything.
-- assign_kind: 'owner' (assign_owner_id), 'pool' (weighted round robin over assign_team_id's members),
-- 'account_owner' (the matched account's owner, else its team).
CREATE TABLE routing_rule (
    id              INTEGER PRIMARY KEY,
    rule_set_id     INTEGER NOT NULL REFERENCES routing_rule_set(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    enabled         INTEGER NOT NULL DEFAULT 1,
    conditions      TEXT NOT NULL DEFAULT '{}',
    assign_kind     TEXT NOT NULL CHECK (assign_kind IN ('owner', 'pool', 'account_owner')),
    assign_owner_id INTEGER REFERENCES owner(id),
    assign_team_id  INTEGER REFERENCES team(id),
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX routing_rule_order ON routing_rule(rule_set_id, position);

-- Enforce: SLAs -------------------------------------------------------------------------------------

-- calendar_source: whose business hours the clock runs on ('owner', 'team' or this policy's calendar_id).
CREATE TABLE sla_policy (
    id              INTEGER PRIMARY KEY,
    signal_type_id  INTEGER NOT NULL UNIQUE REFERENCES signal_type(id) ON DELETE CASCADE,
    target_minutes  INTEGER NOT NULL CHECK (target_minutes > 0),
    calendar_source TEXT NOT NULL DEFAULT 'team' CHECK (calendar_source IN ('owner', 'team', 'policy')),
    calendar_id     INTEGER REFERENCES business_calendar(id),
    row_version     INTEGER NOT NULL DEFAULT 1
);

-- Step N fires when an open breach has used threshold_percent of the target (100 = at the target).
CREATE TABLE escalation_step (
    id                INTEGER PRIMARY KEY,
    sla_policy_id     INTEGER NOT NULL REFERENCES sla_policy(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    threshold_percent INTEGER NOT NULL CHECK (threshold_percent > 0),
    action            TEXT NOT NULL CHECK (action IN ('notify_owner', 'notify_manager', 'notify_revops', 'reassign')),
    row_version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (sla_policy_id, position)
);

-- Feedback ------------------------------------------------------------------------------------------

CREATE TABLE recycle_play (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('nurture', 'reroute', 'merge', 'disqualify', 'competitive_nurture')),
    reentry_days INTEGER,
    description  TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE rejection_reason (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    recycle_play_id INTEGER REFERENCES recycle_play(id) ON DELETE SET NULL,
    description     TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    position        INTEGER NOT NULL DEFAULT 0,
    row_version     INTEGER NOT NULL DEFAULT 1
);

-- Accounts and handoffs ------------------------------------------------------------------------------

CREATE TABLE account (
    id              INTEGER PRIMARY KEY,
    external_ref    TEXT,
    name            TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    domain          TEXT,
    industry_id     INTEGER REFERENCES industry(id),
    segment_id      INTEGER REFERENCES segment(id),
    territory_id    INTEGER REFERENCES territory(id),
    country         TEXT,
    region          TEXT,
    employees       INTEGER,
    revenue         REAL,
    owner_id        INTEGER REFERENCES owner(id),
    team_id         INTEGER REFERENCES team(id),
    parent_id       INTEGER REFERENCES account(id),
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX account_domain ON account(domain);
CREATE INDEX account_normalized_name ON account(normalized_name);
CREATE UNIQUE INDEX account_external_ref ON account(external_ref) WHERE external_ref IS NOT NULL;

-- One lead (or one account, for account-based handoffs) handed to Sales.
-- outcome is the furthest point reached: open -> accepted | rejected; accepted -> opportunity -> won | lost.
-- week is the ISO week of handed_off_at in the workspace's reporting time zone, as yyyyww (202647).
CREATE TABLE handoff (
    id                  INTEGER PRIMARY KEY,
    lead_ref            TEXT,
    opportunity_ref     TEXT,
    email               TEXT,
    contact_name        TEXT,
    company             TEXT,
    account_id          INTEGER REFERENCES account(id),
    signal_type_id      INTEGER REFERENCES signal_type(id),
    source              TEXT,
    campaign            TEXT,
    utm_source          TEXT,
    utm_medium          TEXT,
    utm_campaign        TEXT,
    country             TEXT,
    region              TEXT,
    employees           INTEGER,
    revenue             REAL,
    segment_id          INTEGER REFERENCES segment(id),
    territory_id        INTEGER REFERENCES territory(id),
    industry_id         INTEGER REFERENCES industry(id),
    fit_grade           TEXT CHECK (fit_grade IN ('A', 'B', 'C', 'D')),
    stage_id            INTEGER REFERENCES lifecycle_stage(id),
    owner_id            INTEGER REFERENCES owner(id),
    team_id             INTEGER REFERENCES team(id),
    routing_rule_id     INTEGER REFERENCES routing_rule(id) ON DELETE SET NULL,
    routed_to_fallback  INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER,
    handed_off_at       INTEGER NOT NULL,
    assigned_at         INTEGER,
    first_touch_at      INTEGER,
    accepted_at         INTEGER,
    rejected_at         INTEGER,
    rejection_reason_id INTEGER REFERENCES rejection_reason(id),
    opportunity_at      INTEGER,
    opportunity_amount  REAL,
    closed_at           INTEGER,
    won_amount          REAL,
    outcome             TEXT NOT NULL DEFAULT 'open'
                            CHECK (outcome IN ('open', 'accepted', 'rejected', 'opportunity', 'won', 'lost')),
    recycled_from_id    INTEGER REFERENCES handoff(id),
    week                INTEGER NOT NULL,
    context             TEXT
);
CREATE INDEX handoff_week ON handoff(week);
CREATE INDEX handoff_lead_ref ON handoff(lead_ref);
CREATE INDEX handoff_account ON handoff(account_id);

-- The stages a handoff went through, in order; the validator checks them against stage_transition.
CREATE TABLE stage_change (
    id            INTEGER PRIMARY KEY,
    handoff_id    INTEGER NOT NULL REFERENCES handoff(id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES lifecycle_stage(id),
    to_stage_id   INTEGER NOT NULL REFERENCES lifecycle_stage(id),
    changed_at    INTEGER NOT NULL
);
CREATE INDEX stage_change_handoff ON stage_change(handoff_id);

-- Import bookkeeping -------------------------------------------------------------------------------

-- A saved column mapping; definition is JSON (columns -> fields, value translations, date formats, key).
CREATE TABLE import_mapping (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    entity      TEXT NOT NULL CHECK (entity IN ('handoff', 'account', 'owner')),
    definition  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE import_run (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    mapping_name TEXT,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    rows_read    INTEGER NOT NULL DEFAULT 0,
    imported     INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    kept_aside   INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0
);

-- Rows an import could not take, with the line they came from and why; nothing is dropped silently.
CREATE TABLE kept_aside_row (
    id            INTEGER PRIMARY KEY,
    import_run_id INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
    line_number   INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    raw           TEXT NOT NULL
);
CREATE INDEX kept_aside_run ON kept_aside_row(import_run_id);

-- Govern -------------------------------------------------------------------------------------------

-- week is an ISO week label such as '2026-W47'.
CREATE TABLE governance_meeting (
    id          INTEGER PRIMARY KEY,
    week        TEXT NOT NULL UNIQUE,
    held_on     TEXT,
    attendees   TEXT NOT NULL DEFAULT '[]',
    notes       TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE meeting_decision (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES governance_meeting(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Action items stay on the agenda of later meetings until closed.
CREATE TABLE action_item (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES governance_meeting(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    owner_name  TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    closed_on   TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- dimension: 'definitions', 'routing', 'slas', 'feedback', 'measurement'.
CREATE TABLE maturity_self_assessment (
    id          INTEGER PRIMARY KEY,
    dimension   TEXT NOT NULL CHECK (dimension IN ('definitions', 'routing', 'slas', 'feedback', 'measurement')),
    stage       INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 3),
    assessed_on TEXT NOT NULL,
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- The evidence stage as computed at a point in time, so the matrix can be shown over time.
CREATE TABLE maturity_snapshot (
    id        INTEGER PRIMARY KEY,
    week      TEXT NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('definitions', 'routing', 'slas', 'feedback', 'measurement')),
    stage     INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 3),
    reasons   TEXT NOT NULL DEFAULT '[]',
    UNIQUE (week, dimension)
);
