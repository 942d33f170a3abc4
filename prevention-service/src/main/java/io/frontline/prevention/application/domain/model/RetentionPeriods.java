package io.frontline.prevention.application.domain.model;

import java.time.Period;
import java.util.Objects;

/**
 * How long each kind of personal data is kept after its record ended (DESIGN.md: personal data has a retention
 * period after closure, then is erased or anonymised; GDPR: no longer than needed). Counted in UTC.
 *
 * @param partnerReport after a business partner's report was concluded: the reporter's name and contact, the
 *                      description of the employee and of what happened, HR's note and the outcome message
 * @param consultation  after a consultation at the desk was recorded
 */
public record RetentionPeriods(Period partnerReport, Period consultation) {
    /** Frontline's defaults: two years. */
    public static final RetentionPeriods DEFAULTS = new RetentionPeriods(Period.ofMonths(24), Period.ofMonths(24));

    public RetentionPeriods {
        for (Period p : new Period[]{partnerReport, consultation}) {
            Objects.requireNonNull(p, "period");
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("a retention period is longer than zero");
            }
        }
    }
}
