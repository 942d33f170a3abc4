package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** A complaint was answered on its substance. */
public record ComplaintResolved(UUID eventId, Instant occurredAt, Complaint complaint, boolean withinTerm) implements ComplaintEvent {
}
