-- Evidence files kept by the service itself (uploads): the bytes are content-addressed by the row's sha256 in the
-- evidence store; the row says under which name, of which type and how large. A reference to evidence kept
-- elsewhere has none of the three. Rows stay immutable (the trigger of V2 refuses updates and deletes).
ALTER TABLE incident_evidence
    ADD COLUMN file_name    TEXT,
    ADD COLUMN content_type TEXT,
    ADD COLUMN size_bytes   BIGINT,
    ADD CONSTRAINT incident_evidence_file_complete CHECK (
        (file_name IS NULL AND content_type IS NULL AND size_bytes IS NULL)
        OR (file_name IS NOT NULL AND content_type IS NOT NULL AND size_bytes >= 0));
