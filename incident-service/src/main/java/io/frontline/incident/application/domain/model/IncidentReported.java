package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** An incident was reported and got its severity. */
public record IncidentReported(UUID eventId, UUID incidentId, Instant occurredAt, Incident incident)
        implements IncidentEvent {
}
