package io.frontline.sanction.application.domain.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Management's decision at the end of an internal procedure (seed 004, "Sancties en maatregelen") that imposes
 * a staff sanction, as incident-service announced it: on whom, where they work, what, the committee's advice
 * and whether (and why not) the decision follows it, and who decided. The rule "departing from the advice needs
 * reasons" is enforced where the decision is taken; here it is recorded as taken.
 */
public record StaffSanctionDecision(String procedureReference, String employeeId, String siteId, MeasureType type,
                                    Integer suspensionDays, BigDecimal fineAmount, String transferToSiteId,
                                    String advisedMeasure, boolean followsAdvice, String departureReasons,
                                    String decidedBy, Instant decidedAt) {
    public StaffSanctionDecision {
        Objects.requireNonNull(procedureReference, "procedureReference");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(advisedMeasure, "advisedMeasure");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (!type.isStaffMeasure()) {
            throw new IllegalArgumentException("not a staff measure: " + type);
        }
    }
}
