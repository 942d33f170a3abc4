package io.frontline.complaint.application.domain.model;

import io.frontline.platform.domain.CalendarTerm;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long a complainant's contact data is kept after the complaint closed (seed 002: the complainant's personal
 * data is protected; GDPR: no longer than needed). Frontline's default is 24 months, counted in the calendar of
 * the complaint's site: contact data of a complaint closed on 2 May 2029 is erased once 2 May 2031 has ended
 * there.
 */
public record ContactRetention(CalendarTerm term) {
    public static final ContactRetention DEFAULT = new ContactRetention(CalendarTerm.ofMonths(24));

    public ContactRetention {
        Objects.requireNonNull(term, "term");
    }

    public static ContactRetention of(Period period) {
        return new ContactRetention(new CalendarTerm(period));
    }

    /** Whether the period after a closure at {@code closedAt} at a site in {@code siteZone} is over at {@code now}. */
    public boolean isOver(Instant closedAt, ZoneId siteZone, Instant now) {
        return term.hasEnded(closedAt, siteZone, now);
    }

    /**
     * Complaints closed before this moment may be past their period in some time zone (two days' margin covers
     * every zone and the last local day); {@link #isOver} decides for each.
     */
    public Instant candidatesClosedBefore(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(term.length()).plusDays(2).toInstant();
    }
}
