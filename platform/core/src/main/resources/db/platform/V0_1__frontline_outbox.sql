-- Transactional outbox: written in the same transaction as the state change it reports,
-- published to Kafka by the relay in id order, marked sent, and deleted after a retention period.
CREATE TABLE frontline_outbox (
    id           BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    record_key   TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    payload      TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    sent_at      TIMESTAMPTZ,
    attempts     INTEGER     NOT NULL DEFAULT 0,
    last_error   TEXT
);
CREATE INDEX frontline_outbox_unsent ON frontline_outbox (id) WHERE sent_at IS NULL;
CREATE INDEX frontline_outbox_sent_at ON frontline_outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent consumption: an event id is recorded in the same transaction as its handling.
CREATE TABLE frontline_processed_event (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
