package io.frontline.sanction.adapter.out.persistence;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.persistence.JdbcRows;
import io.frontline.sanction.application.domain.model.ConfirmedIncident;
import io.frontline.sanction.application.domain.model.IncidentSeverity;
import io.frontline.sanction.application.port.out.ConfirmedIncidentsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Incidents confirmed at incident-service, as the ladder counts them: rows written once from the event (and only
 * ever erased: a customer's erasure forgets the subject key, retention deletes old rows), so plain SQL through the
 * platform's {@link JdbcRows} (CONTRIBUTING.md's persistence rule).
 */
@ApplicationScoped
class ConfirmedIncidentPersistenceAdapter implements ConfirmedIncidentsPort {
    @Inject
    Sql sql;

    @Override
    public boolean record(ConfirmedIncident incident) {
        return sql.update("INSERT INTO confirmed_incident (incident_id, reference, site_id, types, severity, "
                        + "perpetrator_subject_key, police_report_recommended, occurred_at, confirmed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING",
                incident.incidentId(), incident.reference(), incident.siteId(),
                incident.types().toArray(String[]::new), incident.severity().name(),
                incident.perpetrator() == null ? null : incident.perpetrator().value(),
                incident.policeReportRecommended(), incident.occurredAt(), incident.confirmedAt()) == 1;
    }

    @Override
    public List<ConfirmedIncident> ofSubjectSince(SubjectKey subjectKey, Instant since) {
        return sql.query("SELECT * FROM confirmed_incident WHERE perpetrator_subject_key = ? AND confirmed_at >= ? "
                + "ORDER BY confirmed_at", ConfirmedIncidentPersistenceAdapter::row, subjectKey.value(), since);
    }

    private static ConfirmedIncident row(ResultSet rs) throws SQLException {
        return new ConfirmedIncident(rs.getObject("incident_id", UUID.class), rs.getString("reference"),
                rs.getString("site_id"), List.of((String[]) rs.getArray("types").getArray()),
                IncidentSeverity.valueOf(rs.getString("severity")),
                new SubjectKey(rs.getString("perpetrator_subject_key")), rs.getBoolean("police_report_recommended"),
                JdbcRows.instant(rs, "occurred_at"), JdbcRows.instant(rs, "confirmed_at"));
    }
}
