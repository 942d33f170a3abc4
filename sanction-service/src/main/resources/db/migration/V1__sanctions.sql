-- What sanction-service learnt of each reported incident: the input of the sanction ladder.
-- One row per incident, however often its event is delivered.
CREATE TABLE incident_signal (
    incident_id             UUID PRIMARY KEY,
    reference               TEXT        NOT NULL,
    site_id                 TEXT        NOT NULL,
    types                   TEXT[]      NOT NULL,
    severity                TEXT        NOT NULL,
    perpetrator_subject_key TEXT,
    occurred_at             TIMESTAMPTZ,
    received_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX incident_signal_site ON incident_signal (site_id, received_at);
CREATE INDEX incident_signal_received ON incident_signal (received_at);
CREATE INDEX incident_signal_perpetrator ON incident_signal (perpetrator_subject_key)
    WHERE perpetrator_subject_key IS NOT NULL;
