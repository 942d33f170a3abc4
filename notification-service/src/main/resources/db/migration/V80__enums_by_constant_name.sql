-- Issue 19 (CONTRIBUTING.md, "One persistence rule"): an enum is stored by its constant name as Java spells it
-- (CRITICAL, IN_APP, OPEN), never in the wire's lower-case form; the API and the events keep their wire names.
-- The checks and the partial indexes whose conditions name the values are rebuilt with the new spelling.

-- Deliveries: channel, severity, status.
DROP INDEX delivery_due;
DROP INDEX delivery_held;
DROP INDEX delivery_due_urgent;
DROP INDEX delivery_due_routine;
DROP INDEX delivery_retention_due;
ALTER TABLE delivery DROP CONSTRAINT delivery_channel_check;
ALTER TABLE delivery DROP CONSTRAINT delivery_status_check;

UPDATE delivery SET channel = upper(replace(channel, '-', '_')), severity = upper(severity), status = upper(status);

ALTER TABLE delivery ADD CONSTRAINT delivery_channel_check CHECK (channel IN ('EMAIL', 'WEBHOOK', 'SMS', 'IN_APP'));
ALTER TABLE delivery ADD CONSTRAINT delivery_severity_check CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));
ALTER TABLE delivery ADD CONSTRAINT delivery_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'RETRYING', 'SUPPRESSED', 'HELD'));
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('PENDING', 'RETRYING');
CREATE INDEX delivery_held ON delivery (next_attempt_at) WHERE status = 'HELD';
CREATE INDEX delivery_due_urgent ON delivery (next_attempt_at)
    WHERE status IN ('PENDING', 'RETRYING') AND severity IN ('HIGH', 'CRITICAL');
CREATE INDEX delivery_due_routine ON delivery (next_attempt_at)
    WHERE status IN ('PENDING', 'RETRYING') AND severity IN ('LOW', 'MEDIUM');
CREATE INDEX delivery_retention_due ON delivery (COALESCE(sent_at, created_at))
    WHERE status IN ('SENT', 'FAILED', 'SUPPRESSED');

-- Escalations: severity, status, how they were acknowledged.
DROP INDEX escalation_due;
DROP INDEX escalation_open_subject;
DROP INDEX escalation_open_event;
ALTER TABLE escalation DROP CONSTRAINT escalation_status_check;
ALTER TABLE escalation DROP CONSTRAINT escalation_acknowledged_via_check;

UPDATE escalation SET severity = upper(severity), status = upper(status), acknowledged_via = upper(acknowledged_via);

ALTER TABLE escalation ADD CONSTRAINT escalation_severity_check CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));
ALTER TABLE escalation ADD CONSTRAINT escalation_status_check CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'EXHAUSTED'));
ALTER TABLE escalation ADD CONSTRAINT escalation_acknowledged_via_check CHECK (acknowledged_via IN ('API', 'LINK', 'ACTION'));
CREATE INDEX escalation_due ON escalation (next_due_at) WHERE status = 'OPEN';
CREATE INDEX escalation_open_subject ON escalation (subject) WHERE status = 'OPEN';
CREATE INDEX escalation_open_event ON escalation (event_id) WHERE status = 'OPEN';

-- The language a person reads in.
UPDATE recipient SET language = upper(language);
ALTER TABLE recipient ADD CONSTRAINT recipient_language_check CHECK (language IN ('NL', 'EN', 'JA'));
