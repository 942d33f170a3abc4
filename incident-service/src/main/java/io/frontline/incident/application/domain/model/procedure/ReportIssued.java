package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Domain event: the committee issued its written report to management (seed 004, Oordeel 2). */
public record ReportIssued(UUID eventId, FormalComplaint complaint, Instant occurredAt) implements ProcedureEvent {
}
