-- Timeline entries say what happened as a code with parameters, rendered in the reader's language (nl, en, ja);
-- text keeps only the words a person wrote. Entries written before this migration lose their English sentences:
-- the parameters are taken out of them, the person's part (a reason) stays as text.
ALTER TABLE complaint_timeline
    ADD COLUMN code   TEXT,
    ADD COLUMN params JSONB NOT NULL DEFAULT '{}'::jsonb;

UPDATE complaint_timeline SET code = 'complaint.' || action;

UPDATE complaint_timeline
SET params = jsonb_build_object('channel', substring(text FROM '^Received by (.+)$')), text = NULL
WHERE action = 'received' AND text ~ '^Received by .+$';

UPDATE complaint_timeline
SET params = jsonb_build_object(
        'reference', substring(text FROM '^We received your complaint (\S+)\. '),
        'responseDue', substring(text FROM 'You will have our answer by (\d{4}-\d{2}-\d{2})\.$')),
    text = NULL
WHERE action = 'acknowledged' AND text ~ '^We received your complaint \S+\. You will have our answer by \d{4}-\d{2}-\d{2}\.$';

UPDATE complaint_timeline
SET params = jsonb_build_object('assignee', substring(text FROM '^Assigned to (.+)$')), text = NULL
WHERE action = 'assigned' AND text ~ '^Assigned to .+$';

UPDATE complaint_timeline
SET params = jsonb_build_object('responseDue', substring(text FROM '^Answer due by (\d{4}-\d{2}-\d{2})$')), text = NULL
WHERE action = 'resumed' AND text ~ '^Answer due by \d{4}-\d{2}-\d{2}$';

UPDATE complaint_timeline
SET params = jsonb_build_object('responseDue', substring(text FROM '^The answer was due on (\d{4}-\d{2}-\d{2})$')), text = NULL
WHERE action = 'overdue' AND text ~ '^The answer was due on \d{4}-\d{2}-\d{2}$';

UPDATE complaint_timeline
SET params = jsonb_build_object('level', 'management'), text = substr(text, length('Escalated to management: ') + 1)
WHERE action = 'escalated' AND text LIKE 'Escalated to management: %';

UPDATE complaint_timeline
SET params = jsonb_build_object('level', 'external-committee'),
    text = substr(text, length('Escalated to the external complaints committee: ') + 1)
WHERE action = 'escalated' AND text LIKE 'Escalated to the external complaints committee: %';

UPDATE complaint_timeline
SET params = jsonb_build_object('demand', substring(text FROM '^Demand (\S+), manner '),
                                'manner', substring(text FROM '^Demand \S+, manner (\S+): ')),
    text = substring(text FROM '^Demand \S+, manner \S+: (.*)$')
WHERE action = 'conduct-assessed' AND text ~ '^Demand \S+, manner \S+: ';

UPDATE complaint_timeline SET text = NULL WHERE action = 'reopened' AND text = 'Reopened';

ALTER TABLE complaint_timeline ALTER COLUMN code SET NOT NULL;
