-- Contact points and quiet hours of a person (both optional).
ALTER TABLE recipient ADD COLUMN webhook_url TEXT;
ALTER TABLE recipient ADD COLUMN quiet_start TIME;
ALTER TABLE recipient ADD COLUMN quiet_end   TIME;

-- An inbox entry is unique per notice (event id, or an escalation level's key) and recipient, so that the
-- levels of one escalation each reach the inbox; the acknowledgement link of an escalation notice.
ALTER TABLE inbox_entry ADD COLUMN delivery_key TEXT;
UPDATE inbox_entry SET delivery_key = event_id::text;
ALTER TABLE inbox_entry ALTER COLUMN delivery_key SET NOT NULL;
ALTER TABLE inbox_entry DROP CONSTRAINT inbox_entry_once_per_event;
ALTER TABLE inbox_entry ADD CONSTRAINT inbox_entry_once_per_notice UNIQUE (delivery_key, recipient_id);
ALTER TABLE inbox_entry ADD COLUMN link TEXT;

-- One row per notice, recipient and channel: a redelivered event never sends twice. The notice column holds
-- what the sender renders (type, reference, site, facts), never an address: an external complainant is
-- 'complainant:<complaintId>', whose address is asked from complaint-service when the mail is sent.
CREATE TABLE delivery (
    id              UUID PRIMARY KEY,
    delivery_key    TEXT        NOT NULL,
    event_id        UUID        NOT NULL,
    event_type      TEXT        NOT NULL,
    recipient_id    TEXT        NOT NULL,
    channel         TEXT        NOT NULL CHECK (channel IN ('email', 'webhook', 'in-app')),
    severity        TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'retrying', 'suppressed', 'held')),
    attempts        INT         NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    notice          TEXT        NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT delivery_once_per_notice UNIQUE (delivery_key, recipient_id, channel)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('pending', 'retrying');
CREATE INDEX delivery_held ON delivery (next_attempt_at) WHERE status = 'held';
CREATE INDEX delivery_event ON delivery (event_id);
CREATE INDEX delivery_status ON delivery (status, created_at DESC);
