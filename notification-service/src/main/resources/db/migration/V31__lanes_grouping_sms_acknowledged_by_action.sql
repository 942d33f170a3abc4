-- Issue 15. Urgent deliveries (high, critical) are found apart from routine ones, each lane by its own index,
-- so a backlog of thousands of routine mails never slows the urgent lane's question.
CREATE INDEX delivery_due_urgent ON delivery (next_attempt_at)
    WHERE status IN ('pending', 'retrying') AND severity IN ('high', 'critical');
CREATE INDEX delivery_due_routine ON delivery (next_attempt_at)
    WHERE status IN ('pending', 'retrying') AND severity IN ('low', 'medium');
-- Grouping asks how many routine notices a person received lately on a channel.
CREATE INDEX delivery_recent_of_recipient ON delivery (recipient_id, channel, created_at DESC);

-- SMS: a channel of its own, and a person's mobile number (never logged).
ALTER TABLE delivery DROP CONSTRAINT delivery_channel_check;
ALTER TABLE delivery ADD CONSTRAINT delivery_channel_check CHECK (channel IN ('email', 'webhook', 'sms', 'in-app'));
ALTER TABLE recipient ADD COLUMN mobile TEXT;

-- Acting on what an escalation is about acknowledges it ("by action"); the subject (a suggestion, an incident,
-- a complaint) is what the acting service's event names.
ALTER TABLE escalation DROP CONSTRAINT escalation_acknowledged_via_check;
ALTER TABLE escalation ADD CONSTRAINT escalation_acknowledged_via_check CHECK (acknowledged_via IN ('api', 'link', 'action'));
ALTER TABLE escalation ADD COLUMN subject TEXT;
CREATE INDEX escalation_open_subject ON escalation (subject) WHERE status = 'open';

-- A held delivery is held either for the person's quiet hours (a digest) or for a summary of routine news.
ALTER TABLE delivery ADD COLUMN grouped BOOLEAN NOT NULL DEFAULT false;
