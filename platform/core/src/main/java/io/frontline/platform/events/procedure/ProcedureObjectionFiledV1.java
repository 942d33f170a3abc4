package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.procedure.objection-filed.v1}: a party objected to management's decision with written
 * reasons (seed 004, "Niet eens met de beslissing"); management answers by {@code answerDueAt}. No reasons text.
 */
public record ProcedureObjectionFiledV1(String complaintId, String reference, String objectionId,
                                        String objectingSide, String objectorUserId, Instant filedAt,
                                        Instant answerDueAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(objectionId, "objectionId");
        Objects.requireNonNull(objectingSide, "objectingSide");
        Objects.requireNonNull(objectorUserId, "objectorUserId");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(answerDueAt, "answerDueAt");
    }
}
