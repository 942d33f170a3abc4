package io.frontline.incident.application.domain.model;

/** How serious an incident is; decides how fast and how high it is escalated. Ordered from least to most. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** One level up; critical stays critical. */
    public Severity raised() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
