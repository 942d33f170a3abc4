-- Issue 18: the mail a notice causes is part of the trace of the event that caused it. The W3C traceparent of the
-- work that created the delivery (the consumer of the event, an escalation round) is kept with it, so the sender
-- thread that sends it later opens its "send <channel>" span as a child of that work. Null when there was no trace.
ALTER TABLE delivery ADD COLUMN traceparent VARCHAR(128);
