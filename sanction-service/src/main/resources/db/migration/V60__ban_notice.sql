-- The customer's side of a ban (issue 17): the written notice of an approved contact or entry ban, under a
-- reference the customer types on the public page with the notice's secret. Only the secret's SHA-256 hash is
-- kept (TrackingSecret); it is set when the notice is sent (the sender asks for it) and replaced if sent again.
-- Gone with its measure (retention, erasure).
CREATE TABLE ban_notice (
    measure_id      UUID PRIMARY KEY REFERENCES measure (id) ON DELETE CASCADE,
    reference       TEXT        NOT NULL UNIQUE,
    subject_key     TEXT        NOT NULL,
    secret_hash     TEXT,
    issued_at       TIMESTAMPTZ NOT NULL,
    secret_issued_at TIMESTAMPTZ
);

-- An objection whose decision term passed without a decision is announced once (the primary key holds it).
CREATE TABLE objection_term_missed (
    measure_id      UUID PRIMARY KEY REFERENCES measure (id) ON DELETE CASCADE,
    decision_due    TIMESTAMPTZ NOT NULL,
    expected_by     TIMESTAMPTZ NOT NULL,
    announced_at    TIMESTAMPTZ NOT NULL
);
