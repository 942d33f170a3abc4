package io.frontline.notification.application.domain.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Deliveries travel in two lanes, each with its own senders, so that urgent news never waits behind routine
 * news (issue 15: a critical live alert was queued behind thousands of new-complaint mails). Within the urgent
 * lane critical goes before high.
 */
public enum DeliveryLane {
    /** High and critical: sent at once, never grouped, never held for quiet hours. */
    URGENT(EnumSet.of(Severity.HIGH, Severity.CRITICAL)),
    /** Low and medium: may be held for quiet hours and grouped into one summary. */
    ROUTINE(EnumSet.of(Severity.LOW, Severity.MEDIUM));

    private final Set<Severity> severities;

    DeliveryLane(Set<Severity> severities) {
        this.severities = severities;
    }

    public static DeliveryLane of(Severity severity) {
        return URGENT.severities.contains(severity) ? URGENT : ROUTINE;
    }

    public Set<Severity> severities() {
        return EnumSet.copyOf(severities);
    }
}
