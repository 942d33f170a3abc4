package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** A share (70 or 90 percent) of the response term passed without an answer. */
public record ResponseDueSoon(UUID eventId, Instant occurredAt, Complaint complaint, int percentOfTerm) implements ComplaintEvent {
}
