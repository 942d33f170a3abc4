-- The trail of confidential reads (issue 17): who exported or erased (or was refused) a customer's notices, when.
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
