package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** The response term passed without a substantive answer. */
public record ResponseOverdue(UUID eventId, Instant occurredAt, Complaint complaint) implements ComplaintEvent {
}
