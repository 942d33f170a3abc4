-- Issue 14: the language of the call a live-detection suggestion came from (the transcript segment's: nl, en, ja),
-- so the confirm rate can be read per rule and language. Suggestions made before it, or from segments without a
-- language, stay NULL and count as "unknown".
ALTER TABLE suggested_incident ADD COLUMN language TEXT;
