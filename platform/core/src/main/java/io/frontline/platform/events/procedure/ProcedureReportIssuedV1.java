package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.procedure.report-issued.v1}: the committee's written report went to management
 * (seed 004: within two months; a copy to the direct parties). Parties' user ids to address the copy,
 * the day management must decide by; neither the judgement nor the advice.
 */
public record ProcedureReportIssuedV1(String complaintId, String reference, String complainantUserId,
                                      String accusedUserId, Instant issuedAt, Instant decisionDueAt)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(complainantUserId, "complainantUserId");
        Objects.requireNonNull(accusedUserId, "accusedUserId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(decisionDueAt, "decisionDueAt");
    }
}
