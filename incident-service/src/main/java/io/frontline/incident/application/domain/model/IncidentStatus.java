package io.frontline.incident.application.domain.model;

/** Where an incident stands: reported → triaged → under investigation → confirmed | unfounded → closed. */
public enum IncidentStatus {
    REPORTED, TRIAGED, UNDER_INVESTIGATION, CONFIRMED, UNFOUNDED, CLOSED
}
