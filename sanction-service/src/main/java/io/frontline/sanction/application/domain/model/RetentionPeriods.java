package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long each kind of personal data is kept after its record ended (DESIGN.md: personal data has a retention
 * period after closure, then is erased; GDPR: no longer than needed). Counted in UTC.
 *
 * @param measure  after a measure ended (expired, lifted or rejected) and no objection to it is pending: the
 *                 measure with its history, and the ban violations recorded against it
 * @param incident after an incident reached this service: the confirmed incidents and signals the ladder reads,
 *                 with the perpetrator's subject key
 */
public record RetentionPeriods(Period measure, Period incident) {
    /** Frontline's defaults: two years, well beyond the ladder's one-year repeat window (seed 001). */
    public static final RetentionPeriods DEFAULTS = new RetentionPeriods(Period.ofMonths(24), Period.ofMonths(24));

    public RetentionPeriods {
        for (Period p : new Period[]{measure, incident}) {
            Objects.requireNonNull(p, "period");
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("a retention period is longer than zero");
            }
        }
    }

    /** Records that ended before this moment have passed {@code period} at {@code now}. */
    public static Instant endedBefore(Period period, Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
