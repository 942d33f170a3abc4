-- Live call-center detection keeps its state per call here, so re-consumed segments and restarts add nothing.
CREATE TABLE monitored_call (
    call_id            TEXT PRIMARY KEY,
    site_id            TEXT        NOT NULL,
    agent_id           TEXT,
    caller_subject_key TEXT,
    first_seen_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX monitored_call_caller ON monitored_call (caller_subject_key, first_seen_at)
    WHERE caller_subject_key IS NOT NULL;

CREATE TABLE live_alert (
    call_id     TEXT        NOT NULL REFERENCES monitored_call (call_id),
    rule        TEXT        NOT NULL,
    offset_ms   BIGINT      NOT NULL,
    detected_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (call_id, rule)
);

CREATE TABLE suggested_incident (
    id                 UUID PRIMARY KEY,
    call_id            TEXT        NOT NULL UNIQUE REFERENCES monitored_call (call_id),
    site_id            TEXT        NOT NULL,
    agent_id           TEXT,
    caller_subject_key TEXT,
    rules              TEXT        NOT NULL,
    suggested_at       TIMESTAMPTZ NOT NULL,
    status             TEXT        NOT NULL,
    dismissal_reason   TEXT,
    decided_by         TEXT,
    decided_at         TIMESTAMPTZ,
    incident_id        UUID,
    version            BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX suggested_incident_site ON suggested_incident (site_id, status, suggested_at);
