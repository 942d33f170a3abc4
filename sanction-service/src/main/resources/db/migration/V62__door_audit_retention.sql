-- Retention of the door list's audit lines (a tablet reloading the list every minute writes 1,440 a day): the job
-- deletes those older than frontline.sanction.retention.door-audit by their time.
CREATE INDEX door_audit_at ON door_audit (at);
