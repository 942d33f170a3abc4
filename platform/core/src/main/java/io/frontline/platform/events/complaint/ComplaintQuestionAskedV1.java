package io.frontline.platform.events.complaint;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.complaint.question-asked.v1} on {@code complaints.events}: the handler asked the complainant a
 * question; the response term pauses until they reply (seed 002). The question itself stays in complaint-service
 * (the complainant reads it behind their tracking secret).
 * Carries references and ids only, never complainant contact data or complaint text.
 */
public record ComplaintQuestionAskedV1(String complaintId, String reference, String siteId, Instant askedAt)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(askedAt, "askedAt");
    }
}
