package io.frontline.sanction.adapter.out.persistence;

import io.frontline.sanction.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
class RetentionPersistenceAdapter implements RetentionPort {
    /**
     * Ended, and no objection waiting for its decision (a legal hold); a door photo whose file the sweeper has not
     * removed yet keeps its measure until it has (the row is the record of the file).
     */
    private static final String ENDED_BEFORE = "status IN ('EXPIRED', 'LIFTED', 'REJECTED') "
            + "AND COALESCE(ended_at, until, proposed_at) < ? "
            + "AND NOT (objection_filed_at IS NOT NULL AND objection_outcome IS NULL) "
            + "AND NOT EXISTS (SELECT 1 FROM door_photo p WHERE p.measure_id = measure.id AND p.deleted_at IS NULL)";

    /** What refers to a measure and goes with it (the ban notices cascade). */
    private static final List<String> PARTS = List.of("door_sighting", "door_photo", "door_profile", "ban_violation");

    @Inject
    Sql sql;

    @Override
    public int deleteMeasuresEndedBefore(Instant cutoff) {
        for (String part : PARTS) {
            sql.update("DELETE FROM " + part + " WHERE measure_id IN (SELECT id FROM measure WHERE " + ENDED_BEFORE + ")",
                    cutoff);
        }
        return sql.update("DELETE FROM measure WHERE " + ENDED_BEFORE, cutoff);
    }

    @Override
    public int deleteIncidentsBefore(Instant cutoff) {
        return sql.update("DELETE FROM confirmed_incident WHERE confirmed_at < ?", cutoff)
                + sql.update("DELETE FROM incident_signal WHERE received_at < ?", cutoff);
    }

    @Override
    public int deleteDoorAuditBefore(Instant cutoff) {
        return sql.update("DELETE FROM door_audit WHERE at < ?", cutoff);
    }
}
