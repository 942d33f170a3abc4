package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Domain event: the committee held a hearing with a signed record (seed 004, Klachtenprocedure 4, 10). */
public record HearingHeld(UUID eventId, FormalComplaint complaint, Instant occurredAt,
        Hearing hearing) implements ProcedureEvent {
}
