package io.frontline.incident.application.domain.model.procedure;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The statutory terms of seed 004, counted in calendar months or days from their start in UTC (a term that
 * starts 31 January 10:00Z and runs one month ends 28 February 10:00Z).
 *
 * <p>{@code grace} is Frontline's own estimate, not the seed's: when a term is missed, the parties are told the
 * step is now expected within this period (seed 004 only requires "opgave van de afhandelingsduur").
 */
public enum Term {
    /** seed 004, Klachtenprocedure 4: "Binnen één maand na ontvangst van de klacht hoort de klachtencommissie afzonderlijk" both sides. */
    HEARINGS(Period.ofMonths(1), Duration.ofDays(14)),
    /** seed 004, Oordeel 2: "uiterlijk binnen twee maanden nadat de klacht is ingediend, een schriftelijke rapportage". */
    REPORT(Period.ofMonths(2), Duration.ofDays(14)),
    /** seed 004, Sancties en maatregelen 1: "Binnen 14 dagen na ontvangst van de rapportage ... een beslissing". */
    DECISION(Period.ofDays(14), Duration.ofDays(7)),
    /** seed 004, Niet eens met de beslissing: "De directie zal binnen 14 dagen schriftelijk op het bezwaar reageren". */
    OBJECTION_ANSWER(Period.ofDays(14), Duration.ofDays(7));

    private final Period length;
    private final Duration grace;

    Term(Period length, Duration grace) {
        this.length = length;
        this.grace = grace;
    }

    public Instant dueFrom(Instant start) {
        return start.atZone(ZoneOffset.UTC).plus(length).toInstant();
    }

    public Duration grace() {
        return grace;
    }
}
