package io.frontline.incident.application.domain.model.procedure;

import io.frontline.platform.domain.CalendarTerm;
import io.frontline.platform.domain.ObjectionTerms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The statutory terms of seed 004, counted in the chain's local calendar ({@link CalendarTerm}): from the day
 * of their start there to the end of the day one month, two months or 14 days later there. A complaint received
 * on 31 January has its hearings due by the end of 28 February; one received at 00:30 on 1 March has all of
 * March (and 1 April).
 *
 * <p>{@code grace} is Frontline's own estimate, not the seed's: when a term is missed, the parties are told the
 * step is now expected within this period (seed 004 only requires "opgave van de afhandelingsduur").
 */
public enum Term {
    /** seed 004, Klachtenprocedure 4: "Binnen één maand na ontvangst van de klacht hoort de klachtencommissie afzonderlijk" both sides. */
    HEARINGS(CalendarTerm.ofMonths(1), Duration.ofDays(14)),
    /** seed 004, Oordeel 2: "uiterlijk binnen twee maanden nadat de klacht is ingediend, een schriftelijke rapportage". */
    REPORT(CalendarTerm.ofMonths(2), Duration.ofDays(14)),
    /** seed 004, Sancties en maatregelen 1: "Binnen 14 dagen na ontvangst van de rapportage ... een beslissing". */
    DECISION(CalendarTerm.ofDays(14), Duration.ofDays(7)),
    /** seed 004, Niet eens met de beslissing: "De directie zal binnen 14 dagen schriftelijk op het bezwaar reageren". */
    OBJECTION_ANSWER(ObjectionTerms.ANSWER, Duration.ofDays(7));

    private final CalendarTerm length;
    private final Duration grace;

    Term(CalendarTerm length, Duration grace) {
        this.length = length;
        this.grace = grace;
    }

    /** The moment the term has run out: the end of its last day in {@code zone}. */
    public Instant dueFrom(Instant start, ZoneId zone) {
        return length.endsAt(start, zone);
    }

    public Duration grace() {
        return grace;
    }
}
