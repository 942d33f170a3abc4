-- "My reports": an employee's own incidents, newest first.
CREATE INDEX incident_reporter ON incident (reported_by, reported_at DESC);
