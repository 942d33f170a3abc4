package io.frontline.platform.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A term counted in the calendar of the place where it applies, the way a person there reads "within one month
 * of receipt" or "within 14 days": the day of the start in that place's time zone, plus the term's months and
 * days, gives the last day; the term runs to the end of that day there. One month after 31 January is the last
 * day of February; a start just after local midnight on the first of a month has that whole month; a
 * daylight-saving change in between neither shortens nor lengthens the term.
 *
 * <p>Every statutory term (seed 004), response term (seed 002), retention period and repeat window is counted
 * this way; none is counted in UTC or as a number of 24-hour stretches.
 */
public record CalendarTerm(Period length) {

    public CalendarTerm {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a term has a positive length");
        }
    }

    public static CalendarTerm ofDays(int days) {
        return new CalendarTerm(Period.ofDays(days));
    }

    public static CalendarTerm ofMonths(int months) {
        return new CalendarTerm(Period.ofMonths(months));
    }

    /** The last day of the term, in the place's calendar. */
    public LocalDate lastDay(Instant start, ZoneId zone) {
        return start.atZone(zone).toLocalDate().plus(length);
    }

    /** The moment the term has run out: the start of the day after its last day, in the place's time zone. */
    public Instant endsAt(Instant start, ZoneId zone) {
        return lastDay(start, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the term that started at {@code start} has run out at {@code now}. */
    public boolean hasEnded(Instant start, ZoneId zone, Instant now) {
        return !now.isBefore(endsAt(start, zone));
    }

    /**
     * The earliest moment that still lies within a window of this length looking back from {@code at}: the start
     * of the same local day {@code length} earlier (twelve months before 15 March 14:00 is 15 March of the year
     * before, from midnight there).
     */
    public Instant lookBackFrom(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().minus(length).atStartOfDay(zone).toInstant();
    }

    /** "P1M", "P14D": how the term is written in configuration and events. */
    @Override
    public String toString() {
        return length.toString();
    }
}
