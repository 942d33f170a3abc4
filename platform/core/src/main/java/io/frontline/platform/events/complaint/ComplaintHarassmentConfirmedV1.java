package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.complaint.harassment-confirmed.v1} on {@code complaints.events}: a person confirmed
 * that the manner of a complaint was abusive (seed 000). The complaint itself stays open and handled;
 * incident-service opens an incident linked to it. The complainant is a subject key, if one is known.
 */
public record ComplaintHarassmentConfirmedV1(String complaintId, String reference, String siteId,
                                             String complainantSubjectKey, List<String> indicators,
                                             String reason, Instant confirmedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }
}
