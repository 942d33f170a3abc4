-- The counsellor's own notes, newest first (GET /api/procedure/counsellor-notes): the author is in the query.
CREATE INDEX counsellor_note_author ON counsellor_note (counsellor, written_at DESC, id DESC);
