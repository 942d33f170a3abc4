package io.frontline.web.procedure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How a statutory term of seed 004 stands on a given moment, in whole calendar days of the chain's calendar: a
 * term due at local midnight that is tomorrow is "due in 1 day"; one that ran out yesterday is "overdue by 1 day".
 * A term met before its due moment is met in time, at or after it late (the service's rule).
 */
public final class TermClock {
    public enum State { OPEN, OVERDUE, MET, MET_LATE }

    /** {@code days}: days left while open, days past the term when overdue, 0 when met. */
    public record Standing(State state, long days) {
    }

    private TermClock() {
    }

    public static Standing of(Instant dueAt, Instant metAt, Instant now, ZoneId zone) {
        if (metAt != null) {
            return new Standing(metAt.isBefore(dueAt) ? State.MET : State.MET_LATE, 0);
        }
        // the due moment is the first moment after the term: the term's last day is the day before it
        LocalDate lastDay = dueAt.minus(Duration.ofNanos(1)).atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (now.isBefore(dueAt)) {
            return new Standing(State.OPEN, ChronoUnit.DAYS.between(today, lastDay));
        }
        return new Standing(State.OVERDUE, Math.max(1, ChronoUnit.DAYS.between(lastDay, today)));
    }
}
