package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code frontline.complaint.acknowledged.v1} on {@code complaints.events}: the receipt of a complaint was acknowledged to the complainant (seed 002: acknowledge at once).
 * Carries references and ids only, never complainant contact data or complaint text.
 */
public record ComplaintAcknowledgedV1(String complaintId, String reference, String siteId, Instant acknowledgedAt, LocalDate responseDue)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(responseDue, "responseDue");
    }
}
