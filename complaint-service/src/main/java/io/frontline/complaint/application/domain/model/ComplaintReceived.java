package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** A complaint was filed and its response term started. */
public record ComplaintReceived(UUID eventId, Instant occurredAt, Complaint complaint) implements ComplaintEvent {
}
