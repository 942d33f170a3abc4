package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** A handler was made responsible for answering a complaint. */
public record ComplaintAssigned(UUID eventId, Instant occurredAt, Complaint complaint, String assignee) implements ComplaintEvent {
}
