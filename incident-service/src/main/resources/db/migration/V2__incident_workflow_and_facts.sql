-- Workflow, severity reasoning, victims and witnesses, police report, complaint link.
ALTER TABLE incident
    ADD COLUMN severity_raised            BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN victims                    TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN witnesses                  TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN complaint_reference        TEXT UNIQUE,
    ADD COLUMN triaged_at                 TIMESTAMPTZ,
    ADD COLUMN decided_at                 TIMESTAMPTZ,
    ADD COLUMN outcome                    TEXT,
    ADD COLUMN no_other_source_reason     TEXT,
    ADD COLUMN unfounded_reason           TEXT,
    ADD COLUMN recurrence_prevention_note TEXT,
    ADD COLUMN reopen_reason              TEXT,
    ADD COLUMN closed_at                  TIMESTAMPTZ,
    ADD COLUMN police_station             TEXT,
    ADD COLUMN police_reference           TEXT,
    ADD COLUMN police_filed_on            DATE;
CREATE INDEX incident_confirmed_perpetrator ON incident (perpetrator_subject_key, decided_at)
    WHERE outcome = 'CONFIRMED';

-- Statements: confidential; read only by the site's manager, HQ safety and the author.
CREATE TABLE incident_statement (
    id          UUID PRIMARY KEY,
    incident_id UUID        NOT NULL REFERENCES incident (id),
    author_role TEXT        NOT NULL,
    author      TEXT        NOT NULL,
    text        TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX incident_statement_incident ON incident_statement (incident_id, recorded_at);

-- Evidence references cannot be changed once added: the database refuses updates and deletes.
CREATE TABLE incident_evidence (
    id          UUID PRIMARY KEY,
    incident_id UUID        NOT NULL REFERENCES incident (id),
    kind        TEXT        NOT NULL,
    uri         TEXT        NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    captured_at TIMESTAMPTZ,
    added_by    TEXT        NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX incident_evidence_incident ON incident_evidence (incident_id, added_at);
CREATE FUNCTION incident_evidence_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence references cannot be changed or removed';
END;
$$;
CREATE TRIGGER incident_evidence_immutable BEFORE UPDATE OR DELETE ON incident_evidence
    FOR EACH ROW EXECUTE FUNCTION incident_evidence_is_immutable();

-- Who read statements or evidence of which incident, and when.
CREATE TABLE incident_audit (
    id          BIGSERIAL PRIMARY KEY,
    incident_id UUID        NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX incident_audit_incident ON incident_audit (incident_id, at);
