-- Issue 15: the floor supervisor takes a call over from a live alert; who and when, once per person and suggestion.
CREATE TABLE suggestion_takeover (
    suggestion_id UUID        NOT NULL REFERENCES suggested_incident (id),
    taken_over_by TEXT        NOT NULL,
    taken_over_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (suggestion_id, taken_over_by)
);
