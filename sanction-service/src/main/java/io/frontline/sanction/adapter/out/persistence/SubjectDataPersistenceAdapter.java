package io.frontline.sanction.adapter.out.persistence;

import io.frontline.sanction.application.port.out.SubjectDataPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

@ApplicationScoped
class SubjectDataPersistenceAdapter implements SubjectDataPort {
    @Inject
    Sql sql;

    @Override
    public int violationsOf(String subjectKey) {
        return count("SELECT count(*) FROM ban_violation WHERE subject_key = ?", subjectKey);
    }

    @Override
    public int incidentsOf(String subjectKey) {
        return count("SELECT count(*) FROM confirmed_incident WHERE perpetrator_subject_key = ?", subjectKey);
    }

    /** What refers to a measure goes with it, as retention deletes it (the ban notices cascade). */
    @Override
    public void deleteMeasure(UUID measureId) {
        for (String part : java.util.List.of("door_sighting", "door_photo", "door_profile", "ban_violation")) {
            sql.update("DELETE FROM " + part + " WHERE measure_id = ?", measureId);
        }
        sql.update("DELETE FROM measure WHERE id = ?", measureId);
    }

    @Override
    public int forgetInIncidents(String subjectKey) {
        return sql.update("UPDATE confirmed_incident SET perpetrator_subject_key = NULL "
                + "WHERE perpetrator_subject_key = ?", subjectKey)
                + sql.update("UPDATE incident_signal SET perpetrator_subject_key = NULL "
                + "WHERE perpetrator_subject_key = ?", subjectKey);
    }

    private int count(String query, Object... params) {
        return sql.query(query, rs -> rs.getInt(1), params).get(0);
    }
}
