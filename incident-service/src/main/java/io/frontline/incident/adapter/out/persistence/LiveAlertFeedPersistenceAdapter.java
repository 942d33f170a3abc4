package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.LiveAlert;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.SuggestedIncidentStatus;
import io.frontline.incident.application.port.out.LiveAlertFeedPort;
import io.frontline.platform.domain.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The feed in {@code live_alert_feed}. Numbers come from an identity column, which hands them out at insert, not at
 * commit: two screenings could commit 11 before 10, and a console that had sent 11 would never send 10. So an
 * append first takes a transaction-scoped advisory lock, held to the commit: alerts are numbered in commit order.
 * Only transactions that raise an alert take it, at their very end.
 */
@ApplicationScoped
class LiveAlertFeedPersistenceAdapter implements LiveAlertFeedPort {
    /** The advisory lock that orders the feed (an arbitrary number, the same in every replica). */
    static final long FEED_LOCK = 13_4242_0001L;
    private static final String COLUMNS = "f.seq, f.suggestion_id, f.call_id, f.site_id, f.agent_id, "
            + "f.caller_subject_key, f.rule, f.offset_ms, f.detected_at, f.lines, s.status";

    @Inject
    Sql sql;

    @Inject
    TranscriptLinesJson json;

    @Override
    public void append(LiveAlert a) {
        sql.query("SELECT pg_advisory_xact_lock(?)", rs -> 1, FEED_LOCK);
        sql.update("INSERT INTO live_alert_feed (suggestion_id, call_id, site_id, agent_id, caller_subject_key, rule, "
                        + "offset_ms, detected_at, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)", a.suggestionId(),
                a.callId(), a.siteId(), a.agentId(), a.callerSubjectKey() == null ? null : a.callerSubjectKey().value(),
                a.rule().name(), a.offsetMs(), a.detectedAt(), json.write(a.lines()));
    }

    @Override
    public List<LiveAlert> after(long sequence, List<String> siteIds, int limit) {
        List<Object> params = new ArrayList<>(siteIds);
        params.add(sequence);
        params.add(limit);
        return sql.query("SELECT " + COLUMNS + " FROM live_alert_feed f JOIN suggested_incident s ON s.id = f.suggestion_id "
                + "WHERE f.site_id IN (" + marks(siteIds) + ") AND f.seq > ? ORDER BY f.seq LIMIT ?", this::alert,
                params.toArray());
    }

    @Override
    public List<LiveAlert> openAt(List<String> siteIds, int limit) {
        List<Object> params = new ArrayList<>(siteIds);
        params.add(limit);
        List<LiveAlert> newestFirst = sql.query("SELECT " + COLUMNS + " FROM live_alert_feed f "
                + "JOIN suggested_incident s ON s.id = f.suggestion_id WHERE f.site_id IN (" + marks(siteIds) + ") "
                + "AND s.status = 'OPEN' ORDER BY f.seq DESC LIMIT ?", this::alert, params.toArray());
        List<LiveAlert> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public long latestSequence() {
        return sql.query("SELECT coalesce(max(seq), 0) FROM live_alert_feed", rs -> rs.getLong(1)).get(0);
    }

    private static String marks(List<String> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }

    private LiveAlert alert(ResultSet rs) throws SQLException {
        String caller = rs.getString("caller_subject_key");
        return new LiveAlert(rs.getLong("seq"), rs.getObject("suggestion_id", UUID.class), rs.getString("call_id"),
                rs.getString("site_id"), rs.getString("agent_id"), caller == null ? null : new SubjectKey(caller),
                LiveRule.valueOf(rs.getString("rule")), rs.getLong("offset_ms"), Sql.instant(rs, "detected_at"),
                json.read(rs.getString("lines")), SuggestedIncidentStatus.valueOf(rs.getString("status")));
    }
}
