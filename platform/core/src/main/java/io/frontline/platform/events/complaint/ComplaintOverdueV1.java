package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code frontline.complaint.overdue.v1} on {@code complaints.events}: a complaint's response term passed without a substantive answer; emitted once.
 * Carries references and ids only, never complainant contact data or complaint text.
 */
public record ComplaintOverdueV1(String complaintId, String reference, String siteId, LocalDate responseDue, String assignee)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(responseDue, "responseDue");
    }
}
