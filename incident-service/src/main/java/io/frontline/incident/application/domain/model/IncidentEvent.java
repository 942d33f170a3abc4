package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to an incident; returned by the aggregate's methods, published by the service. */
public interface IncidentEvent {
    UUID eventId();

    UUID incidentId();

    Instant occurredAt();

    /** The incident as it is after the event. */
    Incident incident();
}
