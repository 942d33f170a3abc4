package io.frontline.incident.application.domain.model;

/** A suggestion from live detection waits for the floor supervisor, who confirms or dismisses it. */
public enum SuggestedIncidentStatus {
    OPEN, CONFIRMED, DISMISSED
}
