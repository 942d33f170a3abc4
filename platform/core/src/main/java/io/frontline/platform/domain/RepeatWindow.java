package io.frontline.platform.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How far back a perpetrator's earlier incidents and bans count as a repeat: seed 001 lengthens a ban "bij
 * recidive" without naming a period; Frontline's default is twelve months, counted in the local calendar of
 * the site. One setting for the whole chain ({@code chain.repeatWindow} in the organisation file), read by
 * incident-service (a repeat perpetrator's incident weighs heavier) and sanction-service (the ban ladder).
 */
public record RepeatWindow(CalendarTerm term) {
    public static final RepeatWindow TWELVE_MONTHS = new RepeatWindow(CalendarTerm.ofMonths(12));

    public RepeatWindow {
        Objects.requireNonNull(term, "term");
    }

    public static RepeatWindow of(Period length) {
        return new RepeatWindow(new CalendarTerm(length));
    }

    public Period length() {
        return term.length();
    }

    /** The first moment that counts for something that happened at {@code at} at a site in {@code zone}. */
    public Instant startFor(Instant at, ZoneId zone) {
        return term.lookBackFrom(at, zone);
    }
}
