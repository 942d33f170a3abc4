package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** A complaint was rejected on its substance, with a reason of its own. */
public record ComplaintRejected(UUID eventId, Instant occurredAt, Complaint complaint, boolean withinTerm) implements ComplaintEvent {
}
