CREATE SEQUENCE incident_reference_seq;

-- The perpetrator is kept as a subject key (HMAC) and a free description; never a raw phone
-- number, e-mail address or loyalty-card number.
CREATE TABLE incident (
    id                      UUID PRIMARY KEY,
    reference               TEXT        NOT NULL UNIQUE,
    site_id                 TEXT        NOT NULL,
    types                   TEXT[]      NOT NULL,
    description             TEXT        NOT NULL,
    occurred_at             TIMESTAMPTZ NOT NULL,
    reported_at             TIMESTAMPTZ NOT NULL,
    reported_by             TEXT        NOT NULL,
    immediate_danger        BOOLEAN     NOT NULL,
    perpetrator_subject_key TEXT,
    perpetrator_description TEXT,
    source                  TEXT        NOT NULL,
    status                  TEXT        NOT NULL,
    severity                TEXT        NOT NULL,
    severity_rule           TEXT        NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX incident_site ON incident (site_id, reported_at);
CREATE INDEX incident_perpetrator ON incident (perpetrator_subject_key) WHERE perpetrator_subject_key IS NOT NULL;
