package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.complaint.escalation-requested.v1} on {@code complaints.events}: the complainant asked for their
 * complaint to go to management or to the external complaints committee (seed 002); the request does not change the
 * escalation level, a handler decides. The complainant's reason stays in complaint-service.
 * Carries references and ids only, never complainant contact data or complaint text.
 */
public record ComplaintEscalationRequestedV1(String complaintId, String reference, String siteId, String level,
                                             Instant requestedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
