package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person confirmed that the manner of a complaint was abusive (seed 000); the complaint itself stays open. */
public record HarassmentConfirmed(UUID eventId, Instant occurredAt, Complaint complaint,
                                  Set<ConductIndicator> indicators, String reason) implements ComplaintEvent {
}
