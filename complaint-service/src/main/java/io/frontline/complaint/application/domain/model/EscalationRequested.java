package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** The complainant asked for escalation; the level stays as it was until a handler decides (seed 002). */
public record EscalationRequested(UUID eventId, Instant occurredAt, Complaint complaint, EscalationLevel level)
        implements ComplaintEvent {
}
