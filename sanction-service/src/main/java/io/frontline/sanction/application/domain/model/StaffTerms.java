package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.math.BigDecimal;

/**
 * The particulars of a staff measure (seed 004): days of a suspension, amount of a fine, site of a
 * transfer, the procedure it follows from, and the committee's advice. Management takes the advice as its
 * starting point; where the measure departs from it, the decision states its reasons — a rule enforced where the
 * decision is taken (incident-service), recorded here as the decision stated it.
 */
public record StaffTerms(Integer suspensionDays, BigDecimal fineAmount, String transferToSiteId,
                         String procedureReference, String advisedMeasure, boolean followsAdvice,
                         String departureReason) {
    public StaffTerms {
        if (advisedMeasure == null || advisedMeasure.isBlank()) {
            throw new RuleViolation("committeeAdvice.advisedMeasure", "A staff measure records the committee's advice");
        }
    }

    static void checkFor(MeasureType type, StaffTerms terms) {
        if (terms == null) {
            throw new RuleViolation("committeeAdvice", "A staff measure records the committee's advice");
        }
        if (type == MeasureType.SUSPENSION && (terms.suspensionDays() == null || terms.suspensionDays() < 1)) {
            throw new RuleViolation("suspensionDays", "A suspension lasts at least one day");
        }
        if (type == MeasureType.FINE && (terms.fineAmount() == null || terms.fineAmount().signum() <= 0)) {
            throw new RuleViolation("fineAmount", "A fine has a positive amount");
        }
        if (type == MeasureType.TRANSFER && (terms.transferToSiteId() == null || terms.transferToSiteId().isBlank())) {
            throw new RuleViolation("transferToSiteId", "A transfer names the site the employee moves to");
        }
    }
}
