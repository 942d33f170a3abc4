package io.frontline.incident.application.domain.model.procedure;

import io.frontline.platform.domain.RuleViolation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A staff sanction as advised by the committee or imposed by management (seed 004, "Sancties en
 * maatregelen"): a suspension states its days, a fine its amount, the other sanctions neither.
 */
public record StaffSanction(StaffSanctionType type, Integer suspensionDays, BigDecimal fineAmount) {
    public StaffSanction {
        if (type == null) {
            throw new RuleViolation("sanction.type", "A sanction needs a type");
        }
        if (type == StaffSanctionType.SUSPENSION && (suspensionDays == null || suspensionDays < 1)) {
            throw new RuleViolation("sanction.suspensionDays", "A suspension states its number of days");
        }
        if (type == StaffSanctionType.FINE && (fineAmount == null || fineAmount.signum() <= 0)) {
            throw new RuleViolation("sanction.fineAmount", "A fine states a positive amount");
        }
        if (type != StaffSanctionType.SUSPENSION) {
            suspensionDays = null;
        }
        if (type != StaffSanctionType.FINE) {
            fineAmount = null;
        } else {
            fineAmount = fineAmount.stripTrailingZeros();
        }
    }

    /** Same measure: same type, days and amount (an amount of 100 equals 100.00). */
    public boolean sameMeasureAs(StaffSanction other) {
        return other != null && type == other.type && Objects.equals(suspensionDays, other.suspensionDays)
                && (fineAmount == null ? other.fineAmount == null
                : other.fineAmount != null && fineAmount.compareTo(other.fineAmount) == 0);
    }
}
