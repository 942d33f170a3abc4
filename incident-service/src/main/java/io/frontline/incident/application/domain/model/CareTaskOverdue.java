package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** A care task passed its due time while still open. */
public record CareTaskOverdue(UUID eventId, CareTask task, Instant occurredAt) {
}
