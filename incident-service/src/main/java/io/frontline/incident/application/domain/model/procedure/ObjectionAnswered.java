package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Domain event: management answered an objection (seed 004, Niet eens met de beslissing). */
public record ObjectionAnswered(UUID eventId, FormalComplaint complaint, Instant occurredAt,
        Objection objection) implements ProcedureEvent {
}
