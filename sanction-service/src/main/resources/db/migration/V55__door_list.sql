-- The door list (issue 20): what staff at the entrance need to recognise a person under an entry ban, and flags
-- that only warn. No name, no incident details, no field for ethnicity, religion, health or sexual orientation.

-- One door profile per measure: a free description and a few structured fields. Cleared with its photos when
-- the measure has ended plus the retention.
CREATE TABLE door_profile (
    measure_id            UUID PRIMARY KEY REFERENCES measure (id),
    description           TEXT,
    height                TEXT,
    build                 TEXT,
    hair                  TEXT,
    clothing              TEXT,
    distinguishing_marks  TEXT,
    updated_by            TEXT        NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    cleared_at            TIMESTAMPTZ
);

-- Photos of the person a measure is about, uploaded by a manager with the lawful basis. The file itself lives in
-- the photo store; deleted_at says when it was removed (the row stays as the record of who uploaded what, why).
CREATE TABLE door_photo (
    id            UUID PRIMARY KEY,
    measure_id    UUID        NOT NULL REFERENCES measure (id),
    content_type  TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    lawful_basis  TEXT        NOT NULL,
    uploaded_by   TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    deleted_at    TIMESTAMPTZ
);
CREATE INDEX door_photo_measure ON door_photo (measure_id) WHERE deleted_at IS NULL;

-- Watch flags: "warn staff, do not refuse". Never a ban, never on the ladder.
CREATE TABLE watch_flag (
    id               UUID PRIMARY KEY,
    subject_key      TEXT        NOT NULL,
    site_id          TEXT        NOT NULL,
    coverage         TEXT        NOT NULL,
    site_ids         TEXT[]      NOT NULL,
    region_id        TEXT,
    note             TEXT        NOT NULL,
    starts_at        TIMESTAMPTZ NOT NULL,
    until            TIMESTAMPTZ NOT NULL,
    flagged_by       TEXT        NOT NULL,
    flagged_at       TIMESTAMPTZ NOT NULL,
    ended_by         TEXT,
    ended_at         TIMESTAMPTZ
);
CREATE INDEX watch_flag_subject ON watch_flag (subject_key);
CREATE INDEX watch_flag_in_force ON watch_flag (until) WHERE ended_at IS NULL;

-- "Seen at the door": every tap, whether or not it added a violation this hour.
CREATE TABLE door_sighting (
    id              UUID PRIMARY KEY,
    measure_id      UUID        NOT NULL REFERENCES measure (id),
    site_id         TEXT        NOT NULL,
    seen_by         TEXT        NOT NULL,
    seen_at         TIMESTAMPTZ NOT NULL,
    violation_id    UUID
);
CREATE INDEX door_sighting_measure ON door_sighting (measure_id, seen_at);

-- Who looked at what on the door list: every list, every photo, every flag set or ended.
CREATE TABLE door_audit (
    id          UUID PRIMARY KEY,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    site_id     TEXT,
    measure_id  UUID,
    photo_id    UUID,
    flag_id     UUID,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX door_audit_photo ON door_audit (photo_id) WHERE photo_id IS NOT NULL;

-- The door list's question: entry bans in force, read by coverage.
CREATE INDEX measure_entry_bans_in_force ON measure (until) WHERE type = 'ENTRY_BAN' AND status IN ('APPROVED', 'ACTIVE');
