-- The W3C traceparent of the work that wrote the event; the relay puts it in the Kafka record's headers so one
-- trace runs from a request through the outbox to what the event causes in other services. (Platform migrations
-- take numbers above every service migration that existed when they were written: 39 here.)
ALTER TABLE frontline_outbox ADD COLUMN trace_parent TEXT;
