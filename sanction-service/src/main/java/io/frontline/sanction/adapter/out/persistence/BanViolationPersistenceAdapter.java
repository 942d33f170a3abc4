package io.frontline.sanction.adapter.out.persistence;

import io.frontline.sanction.application.domain.model.BanViolation;
import io.frontline.sanction.application.port.out.BanViolationsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Violations go in by plain SQL: the unique (subject, site, hour) constraint decides which one counts. */
@ApplicationScoped
class BanViolationPersistenceAdapter implements BanViolationsPort {
    @Inject
    MeasureRepository measures;

    @Override
    public boolean recordOnce(BanViolation v) {
        return measures.getEntityManager().createNativeQuery(
                        "INSERT INTO ban_violation (id, measure_id, subject_key, site_id, hour, channel, department_id, "
                                + "contact_employee_id, checked_by, checked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS text), "
                                + "CAST(?8 AS text), CAST(?9 AS text), ?10) "
                                + "ON CONFLICT (subject_key, site_id, hour) DO NOTHING")
                .setParameter(1, v.id()).setParameter(2, v.measureId()).setParameter(3, v.subjectKey())
                .setParameter(4, v.siteId()).setParameter(5, v.hour()).setParameter(6, v.channel().name())
                .setParameter(7, v.departmentId()).setParameter(8, v.employeeId()).setParameter(9, v.checkedBy())
                .setParameter(10, v.checkedAt()).executeUpdate() == 1;
    }
}
