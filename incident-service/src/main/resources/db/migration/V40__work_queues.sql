-- Issue 13: work queues. Every list is read by keyset (sort columns, then id) within the reader's sites, so each
-- sort has an index that leads with the site and one for chain-wide readers (HQ safety).

-- Severity as a rank, so "most severe first" is an index order (LOW 1 .. CRITICAL 4).
ALTER TABLE incident ADD COLUMN severity_rank SMALLINT GENERATED ALWAYS AS (
    CASE severity WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END) STORED;

DROP INDEX incident_site;
CREATE INDEX incident_queue_site_reported ON incident (site_id, reported_at, id);
CREATE INDEX incident_queue_site_occurred ON incident (site_id, occurred_at, id);
CREATE INDEX incident_queue_site_severity ON incident (site_id, severity_rank, reported_at, id);
CREATE INDEX incident_queue_site_status ON incident (site_id, status, reported_at, id);
CREATE INDEX incident_queue_reported ON incident (reported_at, id);
CREATE INDEX incident_queue_occurred ON incident (occurred_at, id);
CREATE INDEX incident_queue_severity ON incident (severity_rank, reported_at, id);
CREATE INDEX incident_queue_status ON incident (status, reported_at, id);
CREATE INDEX incident_queue_types ON incident USING gin (types);

-- Care tasks due or overdue: open ones by due time ("My care tasks" finds the victim's incidents by user id).
CREATE INDEX care_task_queue_open ON care_task (due_at, id) WHERE status = 'OPEN';
CREATE INDEX incident_victims ON incident USING gin (victims);

-- Suggestions of live detection by status, newest first.
DROP INDEX suggested_incident_site;
CREATE INDEX suggested_incident_queue ON suggested_incident (site_id, status, suggested_at, id);
