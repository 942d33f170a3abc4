package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** The handler asked the complainant a question; the term pauses until they reply (seed 002). */
public record ComplainantQuestioned(UUID eventId, Instant occurredAt, Complaint complaint) implements ComplaintEvent {
}
