-- A measure lifted early because it should never have been imposed no longer counts on the ladder (seed 001,
-- "bij recidive"); one lifted for another reason still does.
ALTER TABLE measure ADD COLUMN wrongly_imposed BOOLEAN NOT NULL DEFAULT FALSE;
