-- The trail of confidential reads: who read (or was refused) which confidential record, when.
CREATE TABLE confidential_read (
    id      BIGSERIAL PRIMARY KEY,
    at      TIMESTAMPTZ NOT NULL,
    actor   TEXT        NOT NULL,
    kind    TEXT        NOT NULL,
    target  TEXT        NOT NULL,
    granted BOOLEAN     NOT NULL
);
CREATE INDEX confidential_read_newest ON confidential_read (at DESC, id DESC);
CREATE INDEX confidential_read_kind_newest ON confidential_read (kind, at DESC, id DESC);
