-- Safeguards that hold against one person (issue 19).
-- Who confirmed (or declared unfounded) an incident: they never approve a measure that rests on it.
ALTER TABLE incident ADD COLUMN decided_by TEXT;

-- A reporter with an account gives and withdraws consent themselves; the counsellor records it only for one
-- without an account. Notes written before named their reporter by user id.
ALTER TABLE counsellor_note ADD COLUMN reporter_has_account BOOLEAN;
UPDATE counsellor_note SET reporter_has_account = reporter IS NOT NULL;
ALTER TABLE counsellor_note ALTER COLUMN reporter_has_account SET NOT NULL;
CREATE INDEX counsellor_note_reporter ON counsellor_note (reporter) WHERE reporter_has_account;
