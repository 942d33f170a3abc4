package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Domain event: a party objected to the decision (seed 004, Niet eens met de beslissing). */
public record ObjectionFiled(UUID eventId, FormalComplaint complaint, Instant occurredAt,
        Objection objection) implements ProcedureEvent {
}
