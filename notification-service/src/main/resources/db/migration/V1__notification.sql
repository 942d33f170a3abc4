-- The people who receive notifications; seeded from the directory file at every start (upsert).
CREATE TABLE recipient (
    id          TEXT PRIMARY KEY,          -- the OIDC preferred_username
    name        TEXT        NOT NULL,
    email       TEXT        NOT NULL,
    language    TEXT        NOT NULL,
    time_zone   TEXT        NOT NULL,
    roles       TEXT[]      NOT NULL,
    sites       TEXT[]      NOT NULL,
    regions     TEXT[]      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- In-app notifications: one entry per event and recipient, never two (a redelivered event adds nothing).
CREATE TABLE inbox_entry (
    id            UUID PRIMARY KEY,
    recipient_id  TEXT        NOT NULL REFERENCES recipient (id),
    event_id      UUID        NOT NULL,
    event_type    TEXT        NOT NULL,
    title         TEXT        NOT NULL,
    site_id       TEXT,
    reference     TEXT,
    subject_id    TEXT,
    due_date      DATE,
    created_at    TIMESTAMPTZ NOT NULL,
    read_at       TIMESTAMPTZ,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT inbox_entry_once_per_event UNIQUE (event_id, recipient_id)
);
CREATE INDEX inbox_entry_recipient ON inbox_entry (recipient_id, created_at DESC);
CREATE INDEX inbox_entry_unread ON inbox_entry (recipient_id) WHERE read_at IS NULL;
