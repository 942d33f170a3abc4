package io.frontline.prevention.adapter.out.persistence;

import io.frontline.prevention.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

@ApplicationScoped
class RetentionPersistenceAdapter implements RetentionPort {
    /** What an erased free text reads afterwards. */
    static final String ERASED = "[erased after retention]";

    @Inject
    Sql sql;

    /** A report's status is stored by its constant name ({@code CONCLUDED}), as every enum is. */
    @Override
    public int anonymisePartnerReportsConcludedBefore(Instant cutoff) {
        return sql.update("UPDATE partner_report SET reporter_name = NULL, reporter_contact = NULL, "
                + "employee_description = NULL, description = ?, hr_note = NULL, outcome_message = NULL "
                + "WHERE status = 'CONCLUDED' AND concluded_at < ? AND description <> ?", ERASED, cutoff, ERASED);
    }

    @Override
    public int deleteConsultationsBefore(Instant cutoff) {
        return sql.update("DELETE FROM consultation WHERE created_at < ?", cutoff);
    }
}
