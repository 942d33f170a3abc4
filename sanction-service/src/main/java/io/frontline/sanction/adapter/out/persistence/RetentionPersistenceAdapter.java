package io.frontline.sanction.adapter.out.persistence;

import io.frontline.sanction.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

@ApplicationScoped
class RetentionPersistenceAdapter implements RetentionPort {
    /** Ended, and no objection waiting for its decision (a legal hold). */
    private static final String ENDED_BEFORE = "status IN ('EXPIRED', 'LIFTED', 'REJECTED') "
            + "AND COALESCE(ended_at, until, proposed_at) < ? "
            + "AND NOT (objection_filed_at IS NOT NULL AND objection_outcome IS NULL)";

    @Inject
    Sql sql;

    @Override
    public int deleteMeasuresEndedBefore(Instant cutoff) {
        sql.update("DELETE FROM ban_violation WHERE measure_id IN (SELECT id FROM measure WHERE " + ENDED_BEFORE + ")",
                cutoff);
        return sql.update("DELETE FROM measure WHERE " + ENDED_BEFORE, cutoff);
    }

    @Override
    public int deleteIncidentsBefore(Instant cutoff) {
        return sql.update("DELETE FROM confirmed_incident WHERE confirmed_at < ?", cutoff)
                + sql.update("DELETE FROM incident_signal WHERE received_at < ?", cutoff);
    }
}
