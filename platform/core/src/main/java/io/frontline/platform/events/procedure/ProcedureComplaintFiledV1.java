package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.procedure.complaint-filed.v1}: the committee received a written, named complaint
 * (seed 004: "de klager en degene(n) over wie is geklaagd ontvangen een exemplaar van dit hoofdstuk").
 * The parties' user ids let notification-service send both the procedure; no complaint text.
 */
public record ProcedureComplaintFiledV1(String complaintId, String reference, String complainantUserId,
                                        String accusedUserId, Instant receivedAt, Instant hearingsDueAt,
                                        Instant reportDueAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(complainantUserId, "complainantUserId");
        Objects.requireNonNull(accusedUserId, "accusedUserId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(hearingsDueAt, "hearingsDueAt");
        Objects.requireNonNull(reportDueAt, "reportDueAt");
    }
}
