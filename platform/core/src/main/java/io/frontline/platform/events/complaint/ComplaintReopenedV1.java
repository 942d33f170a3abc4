package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code frontline.complaint.reopened.v1} on {@code complaints.events}: the complainant reopened a closed complaint within 30 days; a new response term runs.
 * Carries references and ids only, never complainant contact data or complaint text.
 */
public record ComplaintReopenedV1(String complaintId, String reference, String siteId, Instant reopenedAt, LocalDate responseDue)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(reopenedAt, "reopenedAt");
        Objects.requireNonNull(responseDue, "responseDue");
    }
}
