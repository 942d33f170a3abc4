package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** A live-detection rule fired for the first time in a call; the floor supervisor is alerted. */
public record LiveAlertRaised(UUID eventId, TranscriptSegment segment, LiveRule rule, UUID suggestedIncidentId,
                              Instant occurredAt) {
}
