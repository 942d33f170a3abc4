package io.frontline.incident.application.domain.model;

import java.time.Duration;

/**
 * The steps of victim care (seed 000: after-care and stress checks are essential; DESIGN.md, "Victim
 * care"), with how long after the report each is due.
 */
public enum CareTaskKind {
    /** Due at once for high and critical incidents, within four hours otherwise. */
    IMMEDIATE_SAFETY_CHECK(Duration.ofHours(4)),
    DEBRIEF(Duration.ofHours(24)),
    FOLLOW_UP(Duration.ofDays(7)),
    STRESS_CHECK(Duration.ofDays(30)),
    /** Only when someone flags that the victim needs a specialist. */
    SPECIALIST_REFERRAL(Duration.ofDays(3));

    private final Duration dueAfter;

    CareTaskKind(Duration dueAfter) {
        this.dueAfter = dueAfter;
    }

    public Duration dueAfter() {
        return dueAfter;
    }
}
