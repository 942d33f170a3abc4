package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code frontline.complaint.due-soon.v1} on {@code complaints.events}: 70 or 90 percent of a complaint's response term has passed without an answer; emitted once per threshold.
 * Carries references and ids only, never complainant contact data or complaint text.
 */
public record ComplaintDueSoonV1(String complaintId, String reference, String siteId, int percentOfTerm, LocalDate responseDue, String assignee)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(responseDue, "responseDue");
        if (percentOfTerm != 70 && percentOfTerm != 90) {
            throw new IllegalArgumentException("percentOfTerm is 70 or 90");
        }
    }
}
