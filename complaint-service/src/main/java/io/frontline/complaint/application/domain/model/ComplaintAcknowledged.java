package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** The receipt of a complaint was acknowledged to the complainant. */
public record ComplaintAcknowledged(UUID eventId, Instant occurredAt, Complaint complaint) implements ComplaintEvent {
}
