-- The trail of reads of counsellor notes is read a page at a time, newest first (attempted_at, id): its keyset order.
CREATE INDEX counsellor_note_read_newest_first ON counsellor_note_read (attempted_at DESC, id DESC);
