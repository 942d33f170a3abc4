-- Issue 13, the supervisor's live console: the alerts it follows, numbered in commit order, with the lines of the
-- call around each. A console that lost its connection asks for the alerts after the last number it saw.
ALTER TABLE monitored_call ADD COLUMN recent_lines JSONB NOT NULL DEFAULT '[]';

CREATE TABLE live_alert_feed (
    seq                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    suggestion_id      UUID        NOT NULL REFERENCES suggested_incident (id),
    call_id            TEXT        NOT NULL,
    site_id            TEXT        NOT NULL,
    agent_id           TEXT,
    caller_subject_key TEXT,
    rule               TEXT        NOT NULL,
    offset_ms          BIGINT      NOT NULL,
    detected_at        TIMESTAMPTZ NOT NULL,
    lines              JSONB       NOT NULL
);
-- The console's query: a site's alerts after a number.
CREATE INDEX live_alert_feed_site_seq ON live_alert_feed (site_id, seq);
CREATE INDEX live_alert_feed_suggestion ON live_alert_feed (suggestion_id);

-- Every replica's consoles hear of a new alert when it commits (NOTIFY is delivered at commit, never before),
-- with the site as payload; they then read the feed after the last number they sent.
CREATE FUNCTION live_alert_feed_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('live_alert_feed', NEW.site_id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER live_alert_feed_notify AFTER INSERT ON live_alert_feed
    FOR EACH ROW EXECUTE FUNCTION live_alert_feed_notify();
