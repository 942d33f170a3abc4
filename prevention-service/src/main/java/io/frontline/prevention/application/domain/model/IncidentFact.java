package io.frontline.prevention.application.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What prevention needs to know of an incident, gathered from {@code incidents.events}: where and when, its types
 * and severity, whether the facts were established (a decision: confirmed or unfounded), whether a victim-care
 * task ran late, and its closing with the recurrence-prevention note. No subject keys, no names.
 */
public record IncidentFact(UUID incidentId, String siteId, List<String> types, String severity, Instant reportedAt,
                           String outcome, Instant decidedAt, Instant closedAt, String preventionNote,
                           boolean careLate) {
    public IncidentFact {
        types = types == null ? List.of() : List.copyOf(types);
    }

    public boolean factsEstablished() {
        return decidedAt != null;
    }

    public boolean closedWithNote() {
        return closedAt != null && preventionNote != null && !preventionNote.isBlank();
    }
}
