package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Domain event: management took its written decision (seed 004, Sancties en maatregelen 1). */
public record DecisionTaken(UUID eventId, FormalComplaint complaint, Instant occurredAt) implements ProcedureEvent {
}
