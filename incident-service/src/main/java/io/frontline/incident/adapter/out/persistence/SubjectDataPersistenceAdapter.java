package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.port.out.SubjectDataPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

@ApplicationScoped
class SubjectDataPersistenceAdapter implements SubjectDataPort {
    /** A call whose suggestion still waits for the supervisor keeps its caller (a legal hold). */
    private static final String NOT_HELD = " AND NOT EXISTS (SELECT 1 FROM suggested_incident s "
            + "WHERE s.call_id = %s.call_id AND s.status = 'OPEN')";

    @Inject
    Sql sql;

    @Override
    public int callsOfCaller(String subjectKey) {
        return count("SELECT count(*) FROM monitored_call WHERE caller_subject_key = ?", subjectKey);
    }

    @Override
    public boolean hasRepeatPattern(String subjectKey) {
        return count("SELECT count(*) FROM subject_pattern WHERE subject_key = ?", subjectKey) > 0;
    }

    @Override
    public void unlinkPerpetrator(UUID incidentId) {
        sql.update("UPDATE incident SET perpetrator_subject_key = NULL, perpetrator_description = NULL, "
                + "version = version + 1 WHERE id = ?", incidentId);
    }

    @Override
    public int eraseCaller(String subjectKey) {
        sql.update("UPDATE live_alert_feed f SET lines = '[]', caller_subject_key = NULL "
                + "WHERE f.caller_subject_key = ?" + NOT_HELD.formatted("f"), subjectKey);
        sql.update("UPDATE suggested_incident SET caller_subject_key = NULL WHERE caller_subject_key = ? "
                + "AND status <> 'OPEN'", subjectKey);
        return sql.update("UPDATE monitored_call c SET recent_lines = '[]', caller_subject_key = NULL "
                + "WHERE c.caller_subject_key = ?" + NOT_HELD.formatted("c"), subjectKey);
    }

    @Override
    public int callsHeldBySuggestion(String subjectKey) {
        return count("SELECT count(*) FROM monitored_call c WHERE c.caller_subject_key = ? AND EXISTS "
                + "(SELECT 1 FROM suggested_incident s WHERE s.call_id = c.call_id AND s.status = 'OPEN')", subjectKey);
    }

    @Override
    public void forgetRepeatPattern(String subjectKey) {
        sql.update("DELETE FROM subject_pattern WHERE subject_key = ?", subjectKey);
    }

    private int count(String query, Object... params) {
        return sql.query(query, rs -> rs.getInt(1), params).get(0);
    }
}
