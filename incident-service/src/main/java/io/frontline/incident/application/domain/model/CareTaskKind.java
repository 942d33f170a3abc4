package io.frontline.incident.application.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAmount;

/**
 * The steps of victim care (seed 000: after-care and stress checks are essential; DESIGN.md, "Victim
 * care"), with how long after the report each is due. Hours are hours as they pass; days are days in the
 * site's calendar, due at the same local time of day (a follow-up a week after a report at 14:00 is due at
 * 14:00, across a daylight-saving change too).
 */
public enum CareTaskKind {
    /** Due at once for high and critical incidents, within four hours otherwise. */
    IMMEDIATE_SAFETY_CHECK(Duration.ofHours(4)),
    DEBRIEF(Duration.ofHours(24)),
    FOLLOW_UP(Period.ofDays(7)),
    STRESS_CHECK(Period.ofDays(30)),
    /** Only when someone flags that the victim needs a specialist. */
    SPECIALIST_REFERRAL(Period.ofDays(3));

    private final TemporalAmount dueAfter;

    CareTaskKind(TemporalAmount dueAfter) {
        this.dueAfter = dueAfter;
    }

    /** When the task is due, for a start at a site in {@code siteZone}. */
    public Instant dueFrom(Instant start, ZoneId siteZone) {
        return start.atZone(siteZone).plus(dueAfter).toInstant();
    }
}
