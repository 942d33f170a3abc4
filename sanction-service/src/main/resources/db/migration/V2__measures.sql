-- Confirmed incidents: the ladder's history of each subject. One row per incident.
CREATE TABLE confirmed_incident (
    incident_id                UUID PRIMARY KEY,
    reference                  TEXT        NOT NULL,
    site_id                    TEXT        NOT NULL,
    types                      TEXT[]      NOT NULL,
    severity                   TEXT        NOT NULL,
    perpetrator_subject_key    TEXT,
    police_report_recommended  BOOLEAN     NOT NULL,
    occurred_at                TIMESTAMPTZ,
    confirmed_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX confirmed_incident_subject ON confirmed_incident (perpetrator_subject_key, confirmed_at)
    WHERE perpetrator_subject_key IS NOT NULL;

-- Measures against customers (subject key) and staff (employee id), with their whole lifecycle.
CREATE TABLE measure (
    id                         UUID PRIMARY KEY,
    version                    BIGINT      NOT NULL,
    type                       TEXT        NOT NULL,
    status                     TEXT        NOT NULL,
    subject_key                TEXT,
    employee_id                TEXT,
    site_id                    TEXT        NOT NULL,
    -- contact ban
    contact_scope              TEXT,
    department_site_id         TEXT,
    department_id              TEXT,
    contact_employee_id        TEXT,
    channels                   TEXT[],
    alternative_channel        TEXT,
    -- entry ban
    entry_coverage             TEXT,
    entry_site_ids             TEXT[],
    entry_region_id            TEXT,
    -- staff measure
    suspension_days            INTEGER,
    fine_amount                NUMERIC(12, 2),
    transfer_to_site_id        TEXT,
    procedure_reference        TEXT,
    advised_measure            TEXT,
    follows_advice             BOOLEAN,
    departure_reason           TEXT,
    -- proposal
    duration                   TEXT,
    requested_start            TIMESTAMPTZ,
    rule                       TEXT        NOT NULL,
    rule_explanation           TEXT        NOT NULL,
    history                    JSONB       NOT NULL,
    incident_id                UUID,
    police_report_recommended  BOOLEAN     NOT NULL,
    proposed_by                TEXT        NOT NULL,
    proposed_at                TIMESTAMPTZ NOT NULL,
    -- decision and end
    approved_by                TEXT,
    approved_at                TIMESTAMPTZ,
    starts_at                  TIMESTAMPTZ,
    until                      TIMESTAMPTZ,
    ended_by                   TEXT,
    ended_at                   TIMESTAMPTZ,
    end_reason                 TEXT,
    -- objection
    objection_filed_by         TEXT,
    objection_filed_at         TIMESTAMPTZ,
    objection_grounds          TEXT,
    objection_decision_due     TIMESTAMPTZ,
    objection_outcome          TEXT,
    objection_decided_by       TEXT,
    objection_decided_at       TIMESTAMPTZ,
    objection_decision_reason  TEXT,
    CHECK ((subject_key IS NULL) <> (employee_id IS NULL))
);
CREATE INDEX measure_subject ON measure (subject_key, proposed_at) WHERE subject_key IS NOT NULL;
CREATE INDEX measure_proposed ON measure (proposed_at);
CREATE INDEX measure_due_start ON measure (starts_at) WHERE status = 'APPROVED';
CREATE INDEX measure_due_end ON measure (until) WHERE status = 'ACTIVE' AND until IS NOT NULL;

-- Ban violations: a check that hit a ban in force; at most one per subject, site and hour.
CREATE TABLE ban_violation (
    id                  UUID PRIMARY KEY,
    measure_id          UUID        NOT NULL REFERENCES measure (id),
    subject_key         TEXT        NOT NULL,
    site_id             TEXT        NOT NULL,
    hour                TIMESTAMPTZ NOT NULL,
    channel             TEXT        NOT NULL,
    department_id       TEXT,
    contact_employee_id TEXT,
    checked_by          TEXT,
    checked_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (subject_key, site_id, hour)
);
CREATE INDEX ban_violation_measure ON ban_violation (measure_id);
