package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code frontline.complaint.received.v1} on {@code complaints.events}: a complaint was filed.
 * No complainant name, e-mail or phone: consumers that must write to the complainant ask
 * complaint-service, which holds the contact data apart.
 */
public record ComplaintReceivedV1(String complaintId, String reference, String siteId, String channel,
                                  String category, Instant receivedAt, LocalDate responseDue,
                                  String language) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
