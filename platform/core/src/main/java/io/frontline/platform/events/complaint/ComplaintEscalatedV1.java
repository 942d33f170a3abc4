package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.complaint.escalated.v1} on {@code complaints.events}: a complaint was escalated to management or to an external complaints committee (seed 002); the reason stays in complaint-service.
 * Carries references and ids only, never complainant contact data or complaint text.
 */
// actedBy: who acted (their user id); optional, absent in events written before it was added (issue 15:
// acting on what an escalation is about acknowledges it).
public record ComplaintEscalatedV1(String complaintId, String reference, String siteId, String level, Instant escalatedAt,
                                   String actedBy)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
    }
}
