-- The conduct guard holds against one person (issue 19, seed 000): a reasonable demand reassessed as
-- unreasonable, and the rejection of a complaint judged abusive in manner, wait for a second person.
ALTER TABLE complaint ADD COLUMN conduct_approved_by         TEXT;
ALTER TABLE complaint ADD COLUMN proposed_demand_judgement   TEXT;
ALTER TABLE complaint ADD COLUMN proposed_manner_judgement   TEXT;
ALTER TABLE complaint ADD COLUMN proposed_conduct_indicators TEXT;
ALTER TABLE complaint ADD COLUMN proposed_conduct_reason     TEXT;
ALTER TABLE complaint ADD COLUMN proposed_conduct_by         TEXT;
ALTER TABLE complaint ADD COLUMN proposed_conduct_at         TIMESTAMPTZ;
ALTER TABLE complaint ADD COLUMN proposed_rejection_reason   TEXT;
ALTER TABLE complaint ADD COLUMN proposed_rejection_by       TEXT;
ALTER TABLE complaint ADD COLUMN proposed_rejection_at       TIMESTAMPTZ;
