-- The complaints procedure (seed 002): terms that pause, workflow, escalation, conduct assessment (seed 000).
ALTER TABLE complaint
    ADD COLUMN tracking_secret_hash   TEXT,
    ADD COLUMN term_started_at        TIMESTAMPTZ,
    ADD COLUMN term_length_seconds    BIGINT,
    ADD COLUMN term_paused_seconds    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN term_paused_since      TIMESTAMPTZ,
    ADD COLUMN term_zone              TEXT,
    ADD COLUMN due_at                 TIMESTAMPTZ,
    ADD COLUMN notices_given          TEXT   NOT NULL DEFAULT '',
    ADD COLUMN assignee               TEXT,
    ADD COLUMN escalation_level       TEXT,
    ADD COLUMN demand_judgement       TEXT,
    ADD COLUMN manner_judgement       TEXT,
    ADD COLUMN conduct_indicators     TEXT,
    ADD COLUMN conduct_reason         TEXT,
    ADD COLUMN conduct_assessed_by    TEXT,
    ADD COLUMN conduct_assessed_at    TIMESTAMPTZ,
    ADD COLUMN complainant_subject_key TEXT,
    ADD COLUMN closed_at              TIMESTAMPTZ,
    ADD COLUMN closed_within_term     BOOLEAN;

-- Complaints filed before terms were stored: a term from receipt to the end of the due day.
UPDATE complaint
SET term_started_at     = received_at,
    term_zone           = 'Europe/Amsterdam',
    term_length_seconds = extract(epoch FROM ((response_due + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') - received_at)::bigint,
    due_at              = (response_due + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam';

ALTER TABLE complaint
    ALTER COLUMN term_started_at SET NOT NULL,
    ALTER COLUMN term_length_seconds SET NOT NULL,
    ALTER COLUMN term_zone SET NOT NULL;

CREATE INDEX complaint_running_term ON complaint (status) WHERE closed_at IS NULL;
CREATE INDEX complaint_closed ON complaint (closed_at) WHERE closed_at IS NOT NULL;

-- Every action on a complaint: who, when, what; visible to the complainant or internal.
CREATE TABLE complaint_timeline (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id UUID        NOT NULL REFERENCES complaint (id),
    at           TIMESTAMPTZ NOT NULL,
    actor        TEXT        NOT NULL,
    action       TEXT        NOT NULL,
    visibility   TEXT        NOT NULL,
    text         TEXT
);
CREATE INDEX complaint_timeline_complaint ON complaint_timeline (complaint_id, id);

-- Contact data apart from the complaint text; found again by subject key only; erased after retention.
CREATE TABLE complainant_contact (
    complaint_id UUID PRIMARY KEY REFERENCES complaint (id),
    name         TEXT,
    email        TEXT,
    phone        TEXT,
    email_key    TEXT,
    phone_key    TEXT
);
CREATE INDEX complainant_contact_email_key ON complainant_contact (email_key);
CREATE INDEX complainant_contact_phone_key ON complainant_contact (phone_key);
