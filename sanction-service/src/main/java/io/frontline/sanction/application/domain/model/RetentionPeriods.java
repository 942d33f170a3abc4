package io.frontline.sanction.application.domain.model;

import java.time.Period;
import java.util.Objects;

/**
 * How long each kind of personal data is kept after its record ended (DESIGN.md: personal data has a retention
 * period after closure, then is erased; GDPR: no longer than needed). Counted in UTC.
 *
 * @param measure   after a measure ended (expired, lifted or rejected) and no objection to it is pending: the
 *                  measure with its history, and the ban violations recorded against it
 * @param incident  after an incident reached this service: the confirmed incidents and signals the ladder reads,
 *                  with the perpetrator's subject key
 * @param doorAudit after it was written: a line of the door list's audit (who listed the bans of a site, viewed or
 *                  uploaded a photo, set or ended a flag); a tablet reloading the list every minute writes 1,440 a day
 */
public record RetentionPeriods(Period measure, Period incident, Period doorAudit) {
    /**
     * Frontline's defaults: two years for measures and incidents, well beyond the ladder's one-year repeat window
     * (seed 001); three months for door audit lines, long enough to answer who looked at a photo while a ban's
     * objection or a complaint about it runs, short enough that a site's tablets do not fill the database.
     */
    public static final RetentionPeriods DEFAULTS = new RetentionPeriods(Period.ofMonths(24), Period.ofMonths(24),
            Period.ofMonths(3));

    public RetentionPeriods {
        for (Period p : new Period[]{measure, incident, doorAudit}) {
            Objects.requireNonNull(p, "period");
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("a retention period is longer than zero");
            }
        }
    }
}
