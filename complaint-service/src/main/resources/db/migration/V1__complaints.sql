CREATE SEQUENCE complaint_reference_seq;

CREATE TABLE complaint (
    id            UUID PRIMARY KEY,
    reference     TEXT        NOT NULL UNIQUE,
    site_id       TEXT        NOT NULL,
    channel       TEXT        NOT NULL,
    category      TEXT        NOT NULL,
    subject       TEXT        NOT NULL,
    description   TEXT        NOT NULL,
    language      TEXT,
    status        TEXT        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    response_due  DATE        NOT NULL,
    filed_by      TEXT        NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX complaint_site ON complaint (site_id, received_at);
