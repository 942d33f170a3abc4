package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** The complainant reopened a closed complaint; a new term runs. */
public record ComplaintReopened(UUID eventId, Instant occurredAt, Complaint complaint) implements ComplaintEvent {
}
