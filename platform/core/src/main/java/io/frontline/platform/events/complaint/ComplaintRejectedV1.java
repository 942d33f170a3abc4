package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.complaint.rejected.v1} on {@code complaints.events}: a complaint was rejected on its substance, with a reason that stays in complaint-service (seed 000: never because of its tone).
 * Carries references and ids only, never complainant contact data or complaint text.
 */
// actedBy: who acted (their user id); optional, absent in events written before it was added (issue 15:
// acting on what an escalation is about acknowledges it).
public record ComplaintRejectedV1(String complaintId, String reference, String siteId, Instant rejectedAt, boolean withinTerm,
                                  String actedBy)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }
}
