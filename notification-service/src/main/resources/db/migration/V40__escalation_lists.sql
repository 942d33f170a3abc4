-- The escalations list (issue 13) is read a page at a time, newest first, with the reader's scope in the query:
-- by status, by site, and "any level told me" (the recipients of the steps).
CREATE INDEX escalation_newest ON escalation (started_at DESC, id DESC);
CREATE INDEX escalation_status_newest ON escalation (status, started_at DESC, id DESC);
CREATE INDEX escalation_site_newest ON escalation (site_id, started_at DESC, id DESC);
CREATE INDEX escalation_step_recipients ON escalation_step USING GIN (recipients);
DROP INDEX escalation_status;
