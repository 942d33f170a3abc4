package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long each kind of personal data is kept after its record ended (DESIGN.md: personal data has a retention
 * period after closure, then is erased or anonymised; GDPR: no longer than needed). Counted in UTC.
 *
 * @param incident        after an incident is closed: its description, victims, witnesses, the perpetrator's subject
 *                        key and description (and with it the subject's history), statements, evidence and files,
 *                        care-task notes
 * @param formalComplaint after a formal complaint ended (decided, the objection window over, every objection
 *                        answered): the whole case file
 * @param counsellorNote  after a counsellor's note was written
 * @param liveCall        after a call was first seen: its transcript lines and the caller's subject key
 */
public record RetentionPeriods(Period incident, Period formalComplaint, Period counsellorNote, Period liveCall) {
    /** Frontline's defaults: two years after closure, thirty days of live-call state. */
    public static final RetentionPeriods DEFAULTS = new RetentionPeriods(Period.ofMonths(24), Period.ofMonths(24),
            Period.ofMonths(24), Period.ofDays(30));

    public RetentionPeriods {
        for (Period p : new Period[]{incident, formalComplaint, counsellorNote, liveCall}) {
            Objects.requireNonNull(p, "period");
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("a retention period is longer than zero");
            }
        }
    }

    public static boolean isOver(Period period, Instant ended, Instant now) {
        return !ended.atZone(ZoneOffset.UTC).plus(period).toInstant().isAfter(now);
    }
}
