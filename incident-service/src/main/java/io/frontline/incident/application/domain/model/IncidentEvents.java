package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** The domain events of an incident's workflow besides {@link IncidentReported}. */
public final class IncidentEvents {
    private IncidentEvents() {
    }

    /** A high or critical incident was reported: HQ safety and the region hear of it at once. */
    public record Escalated(UUID eventId, UUID incidentId, Instant occurredAt, Incident incident)
            implements IncidentEvent {
    }

    /** The site manager triaged the incident. */
    public record Triaged(UUID eventId, UUID incidentId, Instant occurredAt, Incident incident)
            implements IncidentEvent {
    }

    /** Fact-finding confirmed the incident. */
    public record Confirmed(UUID eventId, UUID incidentId, Instant occurredAt, Incident incident)
            implements IncidentEvent {
    }

    /** Fact-finding found the incident unfounded. */
    public record Unfounded(UUID eventId, UUID incidentId, Instant occurredAt, Incident incident)
            implements IncidentEvent {
    }

    /** The incident was closed with its outcome. */
    public record Closed(UUID eventId, UUID incidentId, Instant occurredAt, Incident incident)
            implements IncidentEvent {
    }
}
