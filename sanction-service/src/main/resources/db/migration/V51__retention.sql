-- Retention: ended measures and old incident records are found by their end.
CREATE INDEX measure_retention_due ON measure (COALESCE(ended_at, until, proposed_at))
    WHERE status IN ('EXPIRED', 'LIFTED', 'REJECTED');
CREATE INDEX confirmed_incident_confirmed ON confirmed_incident (confirmed_at);
