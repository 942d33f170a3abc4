package io.frontline.notification.application.domain.model;

import java.time.Period;
import java.util.Objects;

/**
 * How long each kind of personal data is kept after its record ended (DESIGN.md: personal data has a retention
 * period, then is erased; GDPR: no longer than needed). Counted in UTC.
 *
 * @param delivery   after a delivery was sent, failed for good or was suppressed: the delivery record with its notice
 *                   (addresses, names, references)
 * @param inboxEntry after an in-app entry was created
 */
public record RetentionPeriods(Period delivery, Period inboxEntry) {
    /** Frontline's defaults: a year of deliveries and inbox entries. */
    public static final RetentionPeriods DEFAULTS = new RetentionPeriods(Period.ofMonths(12), Period.ofMonths(12));

    public RetentionPeriods {
        for (Period p : new Period[]{delivery, inboxEntry}) {
            Objects.requireNonNull(p, "period");
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("a retention period is longer than zero");
            }
        }
    }
}
