package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Domain event: the committee asked management for a temporary provision (seed 004, Tijdelijke voorzieningen). */
public record InterimMeasureRequested(UUID eventId, FormalComplaint complaint, Instant occurredAt,
        InterimMeasureRequest request) implements ProcedureEvent {
}
