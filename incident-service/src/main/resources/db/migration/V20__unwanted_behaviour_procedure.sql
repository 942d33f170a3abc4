-- The internal unwanted-behaviour procedure (seed 004). The columns the term watcher and the parties' look-ups
-- need are columns; the rest of the case file (hearings, positions, votes, report, decision, objections) is
-- one JSON document written and read only as a whole with its aggregate.
CREATE SEQUENCE procedure_reference_seq;

CREATE TABLE formal_complaint (
    id            UUID PRIMARY KEY,
    reference     TEXT        NOT NULL UNIQUE,
    complainant   TEXT        NOT NULL,
    accused       TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    terms_running BOOLEAN     NOT NULL,
    case_file     TEXT        NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX formal_complaint_terms_running ON formal_complaint (received_at) WHERE terms_running;

-- Confidential counsellor notes: readable by their author only (enforced in the application).
CREATE TABLE counsellor_note (
    id         UUID PRIMARY KEY,
    counsellor TEXT        NOT NULL,
    reporter   TEXT,
    text       TEXT        NOT NULL,
    written_at TIMESTAMPTZ NOT NULL,
    consents   TEXT        NOT NULL,
    actions    TEXT        NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0
);

-- Every attempt to read a counsellor note, granted or refused.
CREATE TABLE counsellor_note_read (
    id           BIGSERIAL PRIMARY KEY,
    note_id      UUID        NOT NULL,
    reader       TEXT        NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    granted      BOOLEAN     NOT NULL
);
CREATE INDEX counsellor_note_read_note ON counsellor_note_read (note_id, attempted_at);
