package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.CareTaskStatus;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.IncidentStatistics;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.Severity;
import io.frontline.incident.application.domain.model.SuggestedIncidentStatus;
import io.frontline.incident.application.port.out.IncidentStatisticsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The facts behind the safety figures, one query each, the reader's sites and the period in the condition. */
@ApplicationScoped
class IncidentStatisticsPersistenceAdapter implements IncidentStatisticsPort {
    @Inject
    Sql sql;

    @Override
    public List<IncidentStatistics.IncidentFacts> incidentsReported(Set<String> sites, java.time.Instant from,
                                                                    java.time.Instant to) {
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(from, to));
        String scope = scope("i.site_id", sites, params);
        return sql.query("SELECT i.site_id, i.types, i.severity, i.source, i.occurred_at, i.reported_at, "
                        + "i.triaged_at, i.decided_at, i.outcome, i.perpetrator_subject_key, "
                        + "(i.police_station IS NOT NULL) AS police_filed, "
                        + "EXISTS (SELECT 1 FROM incident_statement s WHERE s.incident_id = i.id "
                        + "AND s.author_role IN ('WITNESS', 'UNINVOLVED') AND s.author <> i.reported_by "
                        + "AND NOT EXISTS (SELECT 1 FROM unnest(i.victims) v WHERE lower(trim(v)) = lower(s.author)))"
                        + " AS independent "
                        + "FROM incident i WHERE i.reported_at >= ? AND i.reported_at < ?" + scope,
                rs -> {
                    Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
                    Array array = rs.getArray("types");
                    for (Object type : (Object[]) array.getArray()) {
                        types.add(IncidentType.valueOf((String) type));
                    }
                    String outcome = rs.getString("outcome");
                    return new IncidentStatistics.IncidentFacts(rs.getString("site_id"), types,
                            Severity.valueOf(rs.getString("severity")), IncidentSource.valueOf(rs.getString("source")),
                            Sql.instant(rs, "occurred_at"), Sql.instant(rs, "reported_at"),
                            Sql.instant(rs, "triaged_at"), Sql.instant(rs, "decided_at"),
                            outcome == null ? null : IncidentStatus.valueOf(outcome), rs.getBoolean("independent"),
                            rs.getBoolean("police_filed"), rs.getString("perpetrator_subject_key"));
                }, params.toArray());
    }

    @Override
    public List<IncidentStatistics.CareFacts> careTasksOfIncidentsReported(Set<String> sites, java.time.Instant from,
                                                                          java.time.Instant to) {
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(from, to));
        String scope = scope("i.site_id", sites, params);
        return sql.query("SELECT t.due_at, t.status, t.completed_at FROM care_task t JOIN incident i "
                        + "ON i.id = t.incident_id WHERE i.reported_at >= ? AND i.reported_at < ?" + scope,
                rs -> new IncidentStatistics.CareFacts(Sql.instant(rs, "due_at"),
                        CareTaskStatus.valueOf(rs.getString("status")), Sql.instant(rs, "completed_at")),
                params.toArray());
    }

    @Override
    public List<IncidentStatistics.DetectionFacts> suggestionsMade(Set<String> sites, java.time.Instant from,
                                                                  java.time.Instant to) {
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(from, to));
        String scope = scope("site_id", sites, params);
        return sql.query("SELECT rules, status, language FROM suggested_incident WHERE suggested_at >= ? AND suggested_at < ?"
                        + scope,
                rs -> {
                    Set<LiveRule> rules = EnumSet.noneOf(LiveRule.class);
                    String names = rs.getString("rules");
                    if (names != null && !names.isBlank()) {
                        Arrays.stream(names.split(",")).map(LiveRule::valueOf).forEach(rules::add);
                    }
                    return new IncidentStatistics.DetectionFacts(rules,
                            SuggestedIncidentStatus.valueOf(rs.getString("status")), rs.getString("language"));
                }, params.toArray());
    }

    private static String scope(String column, Set<String> sites, List<Object> params) {
        if (sites == null) {
            return "";
        }
        params.add(sites.toArray(String[]::new));
        return " AND " + column + " = ANY (?)";
    }
}
