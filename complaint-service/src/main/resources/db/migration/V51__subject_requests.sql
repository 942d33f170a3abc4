-- Customers' requests for access or erasure across every service (issue 17): who, when, what, why, the subject keys
-- asked (never the e-mail address, phone number or card they came from), and per service the status and counts.
-- The exported data itself is never stored.
CREATE TABLE subject_request (
    id           UUID PRIMARY KEY,
    action       TEXT        NOT NULL CHECK (action IN ('EXPORT', 'ERASE')),
    requested_by TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    reason       TEXT        NOT NULL,
    subject_keys TEXT[]      NOT NULL,
    complete     BOOLEAN     NOT NULL
);
CREATE INDEX subject_request_newest ON subject_request (requested_at DESC, id DESC);

CREATE TABLE subject_request_service (
    request_id UUID    NOT NULL REFERENCES subject_request (id),
    position   INT     NOT NULL,
    service    TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('ANSWERED', 'UNREACHABLE', 'NOT_ASKED')),
    count      INT     NOT NULL,
    kept       INT     NOT NULL,
    PRIMARY KEY (request_id, position)
);
