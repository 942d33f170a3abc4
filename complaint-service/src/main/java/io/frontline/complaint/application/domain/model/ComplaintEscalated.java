package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** A complaint went up to management or to the external complaints committee. */
public record ComplaintEscalated(UUID eventId, Instant occurredAt, Complaint complaint, EscalationLevel level) implements ComplaintEvent {
}
