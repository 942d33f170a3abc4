package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Domain event: the committee received a written, named complaint (seed 004, Klachtenprocedure 1). */
public record ComplaintFiled(UUID eventId, FormalComplaint complaint, Instant occurredAt) implements ProcedureEvent {
}
