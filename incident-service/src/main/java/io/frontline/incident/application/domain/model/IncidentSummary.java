package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An incident as a line of a work queue: what a manager needs to pick the next one — never the description, the
 * statements or anything of the perpetrator. {@code outcome} is confirmed or unfounded once decided.
 */
public record IncidentSummary(UUID id, IncidentReference reference, String siteId, Set<IncidentType> types,
                              Severity severity, IncidentStatus status, IncidentSource source, Instant occurredAt,
                              Instant reportedAt, IncidentStatus outcome) {
    public IncidentSummary {
        types = Set.copyOf(types);
    }
}
