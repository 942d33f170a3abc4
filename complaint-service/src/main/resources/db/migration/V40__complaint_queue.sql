-- The complaint queue (issue 13): each list order on an index, so a page is read from an index in order and the
-- site scope and filters are applied inside the same query.
UPDATE complaint
SET due_at = term_started_at + make_interval(secs => term_length_seconds + term_paused_seconds)
WHERE due_at IS NULL;
ALTER TABLE complaint ALTER COLUMN due_at SET NOT NULL;

-- most urgent first, over the open complaints (the queue's default) and over all of them
CREATE INDEX complaint_queue_open_due ON complaint (due_at, id) WHERE closed_at IS NULL;
CREATE INDEX complaint_queue_due ON complaint (due_at, id);
-- one site's complaints in either order
CREATE INDEX complaint_queue_site_due ON complaint (site_id, due_at, id);
CREATE INDEX complaint_queue_site_received ON complaint (site_id, received_at, id);
CREATE INDEX complaint_queue_received ON complaint (received_at, id);
-- "mine": the open complaints of one handler
CREATE INDEX complaint_queue_assignee ON complaint (assignee, due_at, id) WHERE closed_at IS NULL;
-- a reference or its beginning (CMP-2026-0001...)
CREATE INDEX complaint_queue_reference ON complaint (reference text_pattern_ops);
