-- Retention: ended deliveries and old inbox entries are found by their end.
CREATE INDEX delivery_retention_due ON delivery (COALESCE(sent_at, created_at))
    WHERE status IN ('sent', 'failed', 'suppressed');
CREATE INDEX inbox_entry_created ON inbox_entry (created_at);
CREATE INDEX escalation_open_event ON escalation (event_id) WHERE status = 'open';
