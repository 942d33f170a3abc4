package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to an incident; returned by the aggregate's methods, published by the service. */
public sealed interface IncidentEvent permits IncidentReported {
    UUID eventId();

    UUID incidentId();

    Instant occurredAt();
}
