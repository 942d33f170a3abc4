package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.complaint.assigned.v1} on {@code complaints.events}: a complaint was assigned to a handler, who answers it on behalf of the chain.
 * Carries references and ids only, never complainant contact data or complaint text.
 */
// actedBy: who acted (their user id); optional, absent in events written before it was added (issue 15:
// acting on what an escalation is about acknowledges it).
public record ComplaintAssignedV1(String complaintId, String reference, String siteId, String assignee, Instant assignedAt,
                                  String actedBy)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
