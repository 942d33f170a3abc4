package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class RetentionPersistenceAdapter implements RetentionPort {
    /** What an erased free text reads afterwards. */
    static final String ERASED = "[erased after retention]";

    @Inject
    Sql sql;

    @Override
    public List<UUID> closedIncidentsBefore(Instant cutoff, int max) {
        return sql.query("SELECT i.id FROM incident i WHERE i.status = 'CLOSED' AND i.erased_at IS NULL "
                        + "AND i.closed_at < ? AND NOT EXISTS (SELECT 1 FROM incident o "
                        + "WHERE o.perpetrator_subject_key = i.perpetrator_subject_key AND o.status <> 'CLOSED') "
                        + "ORDER BY i.closed_at LIMIT ?",
                rs -> rs.getObject(1, UUID.class), cutoff, max);
    }

    @Override
    public List<String> anonymiseIncident(UUID incidentId, Instant at) {
        List<String> files = sql.query("SELECT DISTINCT sha256 FROM incident_evidence WHERE incident_id = ? "
                + "AND file_name IS NOT NULL", rs -> rs.getString(1), incidentId);
        // Evidence references are immutable; only this transaction-local switch lets retention remove them (V51).
        sql.query("SELECT set_config('frontline.retention_erasure', 'on', true)", rs -> rs.getString(1));
        sql.update("DELETE FROM incident_evidence WHERE incident_id = ?", incidentId);
        sql.update("DELETE FROM incident_statement WHERE incident_id = ?", incidentId);
        sql.update("UPDATE care_task SET note = CASE WHEN note IS NULL THEN NULL ELSE ? END WHERE incident_id = ?",
                ERASED, incidentId);
        sql.update("UPDATE incident SET description = ?, victims = '{}', witnesses = '{}', "
                        + "perpetrator_subject_key = NULL, perpetrator_description = NULL, reported_by = ?, "
                        + "no_other_source_reason = CASE WHEN no_other_source_reason IS NULL THEN NULL ELSE ? END, "
                        + "unfounded_reason = CASE WHEN unfounded_reason IS NULL THEN NULL ELSE ? END, "
                        + "recurrence_prevention_note = CASE WHEN recurrence_prevention_note IS NULL THEN NULL ELSE ? END, "
                        + "reopen_reason = CASE WHEN reopen_reason IS NULL THEN NULL ELSE ? END, "
                        + "erased_at = ?, version = version + 1 WHERE id = ?",
                ERASED, ERASED, ERASED, ERASED, ERASED, ERASED, at, incidentId);
        return files;
    }

    @Override
    public boolean fileReferenced(String sha256) {
        return !sql.query("SELECT 1 FROM incident_evidence WHERE sha256 = ? LIMIT 1", rs -> rs.getInt(1), sha256)
                .isEmpty();
    }

    @Override
    public int forgetSubjectPatternsBefore(Instant cutoff) {
        return sql.update("DELETE FROM subject_pattern WHERE last_detected_at < ?", cutoff);
    }

    @Override
    public List<UUID> formalComplaintsWithoutRunningTerms() {
        return sql.query("SELECT id FROM formal_complaint WHERE NOT terms_running ORDER BY received_at",
                rs -> rs.getObject(1, UUID.class));
    }

    @Override
    public void deleteFormalComplaint(UUID complaintId) {
        sql.update("DELETE FROM formal_complaint WHERE id = ?", complaintId);
    }

    @Override
    public int deleteCounsellorNotesWrittenBefore(Instant cutoff) {
        return sql.update("DELETE FROM counsellor_note WHERE written_at < ?", cutoff);
    }

    @Override
    public int eraseLiveCallStateBefore(Instant cutoff) {
        String held = " AND NOT EXISTS (SELECT 1 FROM suggested_incident s WHERE s.call_id = %s AND s.status = 'OPEN')";
        sql.update("UPDATE live_alert_feed f SET lines = '[]', caller_subject_key = NULL WHERE f.detected_at < ? "
                + "AND (f.lines <> '[]' OR f.caller_subject_key IS NOT NULL)" + held.formatted("f.call_id"), cutoff);
        sql.update("UPDATE suggested_incident SET caller_subject_key = NULL WHERE suggested_at < ? "
                + "AND status <> 'OPEN' AND caller_subject_key IS NOT NULL", cutoff);
        return sql.update("UPDATE monitored_call c SET recent_lines = '[]', caller_subject_key = NULL "
                + "WHERE c.first_seen_at < ? AND (c.recent_lines <> '[]' OR c.caller_subject_key IS NOT NULL)"
                + held.formatted("c.call_id"), cutoff);
    }
}
