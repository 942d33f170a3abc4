-- Escalations (issue 7): one per event, never two; the event's facts are kept so that later levels are told
-- the same thing as the first.
CREATE TABLE escalation (
    id               UUID PRIMARY KEY,
    event_id         UUID        NOT NULL CONSTRAINT escalation_once_per_event UNIQUE,
    event_type       TEXT        NOT NULL,
    severity         TEXT        NOT NULL,
    site_id          TEXT,
    reference        TEXT,
    occurred_at      TIMESTAMPTZ NOT NULL,
    facts            TEXT        NOT NULL,  -- JSON object of template facts
    policy           TEXT        NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    round            INT         NOT NULL,
    level            INT         NOT NULL,
    next_due_at      TIMESTAMPTZ,
    status           TEXT        NOT NULL CHECK (status IN ('open', 'acknowledged', 'exhausted')),
    acknowledged_by  TEXT,
    acknowledged_at  TIMESTAMPTZ,
    acknowledged_via TEXT CHECK (acknowledged_via IN ('api', 'link')),
    version          BIGINT      NOT NULL DEFAULT 0
);
-- The job's question every few seconds: which open escalations are due?
CREATE INDEX escalation_due ON escalation (next_due_at) WHERE status = 'open';
CREATE INDEX escalation_status ON escalation (status, started_at DESC);

-- Every level told (or skipped for having nobody), once per escalation, round and level: even two replicas
-- cannot tell the same level twice.
CREATE TABLE escalation_step (
    escalation_id UUID        NOT NULL REFERENCES escalation (id),
    round         INT         NOT NULL,
    level         INT         NOT NULL,
    told_at       TIMESTAMPTZ NOT NULL,
    recipients    TEXT[]      NOT NULL,
    PRIMARY KEY (escalation_id, round, level)
);

-- One-click links that were used: a link works once. The id is a hash of the token, not the token itself.
CREATE TABLE escalation_link_use (
    token_id      TEXT PRIMARY KEY,
    escalation_id UUID        NOT NULL REFERENCES escalation (id),
    recipient_id  TEXT        NOT NULL,
    used_at       TIMESTAMPTZ NOT NULL
);
