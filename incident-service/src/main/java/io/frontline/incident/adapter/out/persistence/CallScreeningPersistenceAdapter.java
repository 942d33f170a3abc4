package io.frontline.incident.adapter.out.persistence;

import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.query.Cursor;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.SuggestedIncident;
import io.frontline.incident.application.domain.model.SuggestedIncidentStatus;
import io.frontline.incident.application.domain.model.TranscriptLine;
import io.frontline.incident.application.domain.model.TranscriptSegment;
import io.frontline.incident.application.port.out.CallScreeningPort;
import io.frontline.platform.domain.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class CallScreeningPersistenceAdapter implements CallScreeningPort {
    @Inject
    Sql sql;

    @Inject
    TranscriptLinesJson linesJson;

    @Override
    public void registerCall(TranscriptSegment segment, Instant now) {
        sql.update("INSERT INTO monitored_call (call_id, site_id, agent_id, caller_subject_key, first_seen_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (call_id) DO NOTHING", segment.callId(), segment.siteId(),
                segment.agentId(), segment.callerSubjectKey() == null ? null : segment.callerSubjectKey().value(), now);
        sql.query("SELECT call_id FROM monitored_call WHERE call_id = ? FOR UPDATE", rs -> 1, segment.callId());
    }

    @Override
    public List<TranscriptLine> keepLine(TranscriptSegment segment, int keep) {
        List<TranscriptLine> lines = new ArrayList<>(sql.query("SELECT recent_lines FROM monitored_call WHERE call_id = ?",
                rs -> linesJson.read(rs.getString(1)), segment.callId()).get(0));
        lines.add(TranscriptLine.of(segment));
        lines.sort(Comparator.comparingLong(TranscriptLine::startOffsetMs));
        List<TranscriptLine> kept = List.copyOf(lines.subList(Math.max(0, lines.size() - keep), lines.size()));
        sql.update("UPDATE monitored_call SET recent_lines = ?::jsonb WHERE call_id = ?", linesJson.write(kept),
                segment.callId());
        return kept;
    }

    @Override
    public long callsOfCallerSince(SubjectKey caller, Instant since) {
        return sql.query("SELECT count(*) FROM monitored_call WHERE caller_subject_key = ? AND first_seen_at >= ?",
                rs -> rs.getLong(1), caller.value(), since).get(0);
    }

    @Override
    public boolean recordAlert(String callId, LiveRule rule, long offsetMs, Instant now) {
        return sql.update("INSERT INTO live_alert (call_id, rule, offset_ms, detected_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", callId, rule.name(), offsetMs, now) == 1;
    }

    @Override
    public boolean recordTakeover(UUID suggestionId, String by, Instant at) {
        return sql.update("INSERT INTO suggestion_takeover (suggestion_id, taken_over_by, taken_over_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", suggestionId, by, at) == 1;
    }

    @Override
    public Optional<SuggestedIncident> suggestionForCall(String callId) {
        return sql.query("SELECT * FROM suggested_incident WHERE call_id = ?", CallScreeningPersistenceAdapter::suggestion,
                callId).stream().findFirst();
    }

    @Override
    public Optional<SuggestedIncident> loadSuggestion(UUID id) {
        return sql.query("SELECT * FROM suggested_incident WHERE id = ? FOR UPDATE",
                CallScreeningPersistenceAdapter::suggestion, id).stream().findFirst();
    }

    @Override
    public void save(SuggestedIncident s) {
        sql.update("INSERT INTO suggested_incident (id, call_id, site_id, agent_id, caller_subject_key, rules, "
                        + "suggested_at, status, dismissal_reason, decided_by, decided_at, incident_id, language) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET rules = EXCLUDED.rules, "
                        + "language = COALESCE(suggested_incident.language, EXCLUDED.language), "
                        + "status = EXCLUDED.status, dismissal_reason = EXCLUDED.dismissal_reason, "
                        + "decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at, "
                        + "incident_id = EXCLUDED.incident_id, version = suggested_incident.version + 1",
                s.id(), s.callId(), s.siteId(), s.agentId(),
                s.callerSubjectKey() == null ? null : s.callerSubjectKey().value(),
                s.rules().stream().map(Enum::name).collect(Collectors.joining(",")), s.suggestedAt(),
                s.status().name(), s.dismissalReason(), s.decidedBy(),
                s.decidedAt() == null ? null : Timestamp.from(s.decidedAt()), s.incidentId(), s.language());
    }

    @Override
    public List<SuggestedIncident> suggestionsAt(List<String> siteIds, SuggestedIncidentStatus status,
                                                 Cursor after, int rows) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(siteIds.toArray(String[]::new));
        params.add(status.name());
        String keyset = "";
        if (after != null) {
            try {
                params.add(Instant.parse(after.key(0)));
                params.add(UUID.fromString(after.key(1)));
            } catch (RuntimeException e) {
                throw new InvalidValue("cursor",
                        "cursor is not one this list handed out; start again without it");
            }
            keyset = " AND (suggested_at, id) < (?, ?)";
        }
        params.add(rows);
        return sql.query("SELECT * FROM suggested_incident WHERE site_id = ANY (?) AND status = ?" + keyset
                        + " ORDER BY suggested_at DESC, id DESC LIMIT ?", CallScreeningPersistenceAdapter::suggestion,
                params.toArray());
    }

    @Override
    public List<DetectionOutcome> outcomesAt(List<String> siteIds) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        String in = siteIds.stream().map(s -> "?").collect(Collectors.joining(", "));
        return sql.query("SELECT rule, count(*) FILTER (WHERE status = 'OPEN') AS open, "
                        + "count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed, "
                        + "count(*) FILTER (WHERE status = 'DISMISSED') AS dismissed "
                        + "FROM suggested_incident, unnest(string_to_array(rules, ',')) AS rule "
                        + "WHERE site_id IN (" + in + ") GROUP BY rule ORDER BY rule",
                rs -> new DetectionOutcome(LiveRule.valueOf(rs.getString("rule")), rs.getLong("open"),
                        rs.getLong("confirmed"), rs.getLong("dismissed")), siteIds.toArray());
    }

    private static SuggestedIncident suggestion(ResultSet rs) throws SQLException {
        String rules = rs.getString("rules");
        Set<LiveRule> set = EnumSet.noneOf(LiveRule.class);
        if (!rules.isBlank()) {
            Arrays.stream(rules.split(",")).map(LiveRule::valueOf).forEach(set::add);
        }
        String caller = rs.getString("caller_subject_key");
        return new SuggestedIncident(rs.getObject("id", UUID.class), rs.getString("call_id"), rs.getString("site_id"),
                rs.getString("agent_id"), caller == null ? null : new SubjectKey(caller), set,
                Sql.instant(rs, "suggested_at"), SuggestedIncidentStatus.valueOf(rs.getString("status")),
                rs.getString("dismissal_reason"), rs.getString("decided_by"), Sql.instant(rs, "decided_at"),
                rs.getObject("incident_id", UUID.class), rs.getString("language"));
    }
}
