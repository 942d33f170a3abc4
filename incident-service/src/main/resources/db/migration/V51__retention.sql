-- Retention: an incident is anonymised once its period after closure is over; erased_at says when.
ALTER TABLE incident ADD COLUMN erased_at TIMESTAMPTZ;
CREATE INDEX incident_retention_due ON incident (closed_at) WHERE status = 'CLOSED' AND erased_at IS NULL;
CREATE INDEX counsellor_note_written ON counsellor_note (written_at);
CREATE INDEX monitored_call_first_seen ON monitored_call (first_seen_at);
CREATE INDEX live_alert_feed_detected ON live_alert_feed (detected_at);
CREATE INDEX incident_evidence_sha256 ON incident_evidence (sha256);

-- Evidence references stay immutable; only the retention job, inside its own transaction, may remove them.
CREATE OR REPLACE FUNCTION incident_evidence_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('frontline.retention_erasure', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'evidence references cannot be changed or removed';
END;
$$;
