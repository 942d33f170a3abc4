package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Domain event: a term passed unmet; both parties are told the expected handling time (seed 004, Oordeel 4). */
public record TermMissed(UUID eventId, FormalComplaint complaint, Instant occurredAt, Term term, UUID objectionId,
                         Instant dueAt, Instant expectedBy, int expectedHandlingDays) implements ProcedureEvent {
}
