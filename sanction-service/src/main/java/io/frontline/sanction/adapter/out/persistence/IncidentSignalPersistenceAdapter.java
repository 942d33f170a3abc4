package io.frontline.sanction.adapter.out.persistence;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.persistence.JdbcRows;
import io.frontline.sanction.application.domain.model.IncidentSeverity;
import io.frontline.sanction.application.domain.model.IncidentSignal;
import io.frontline.sanction.application.port.out.LoadIncidentSignalsPort;
import io.frontline.sanction.application.port.out.SaveIncidentSignalPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Incidents reported at incident-service, as HQ and the managers see them arrive: rows written once from the event
 * (and only ever erased), so plain SQL through the platform's {@link JdbcRows} (CONTRIBUTING.md's persistence rule).
 */
@ApplicationScoped
class IncidentSignalPersistenceAdapter implements SaveIncidentSignalPort, LoadIncidentSignalsPort {
    private static final String NEWEST_FIRST = " ORDER BY received_at DESC, incident_id DESC LIMIT ?";

    @Inject
    Sql sql;

    @Override
    public boolean isRecorded(UUID incidentId) {
        return !sql.query("SELECT 1 FROM incident_signal WHERE incident_id = ?", rs -> 1, incidentId).isEmpty();
    }

    @Override
    public void save(IncidentSignal signal) {
        sql.update("INSERT INTO incident_signal (incident_id, reference, site_id, types, severity, "
                        + "perpetrator_subject_key, occurred_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                signal.incidentId(), signal.reference(), signal.siteId(), signal.types().toArray(String[]::new),
                signal.severity().name(), signal.perpetrator().map(SubjectKey::value).orElse(null),
                signal.occurredAt(), signal.receivedAt());
    }

    @Override
    public List<IncidentSignal> newestFirst(int limit) {
        return sql.query("SELECT * FROM incident_signal" + NEWEST_FIRST, IncidentSignalPersistenceAdapter::row, limit);
    }

    @Override
    public List<IncidentSignal> newestFirstAt(Set<String> siteIds, int limit) {
        return sql.query("SELECT * FROM incident_signal WHERE site_id = ANY (?)" + NEWEST_FIRST,
                IncidentSignalPersistenceAdapter::row, siteIds.toArray(String[]::new), limit);
    }

    private static IncidentSignal row(ResultSet rs) throws SQLException {
        String subject = rs.getString("perpetrator_subject_key");
        return new IncidentSignal(rs.getObject("incident_id", UUID.class), rs.getString("reference"),
                rs.getString("site_id"), List.of((String[]) rs.getArray("types").getArray()),
                IncidentSeverity.valueOf(rs.getString("severity")), subject == null ? null : new SubjectKey(subject),
                JdbcRows.instant(rs, "occurred_at"), JdbcRows.instant(rs, "received_at"));
    }
}
