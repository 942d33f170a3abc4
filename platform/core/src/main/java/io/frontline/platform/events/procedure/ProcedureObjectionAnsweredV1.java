package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.procedure.objection-answered.v1}: management answered an objection in writing (seed 004:
 * within 14 days). The objector's user id addresses the notice; the answer itself stays in the case.
 */
public record ProcedureObjectionAnsweredV1(String complaintId, String reference, String objectionId,
                                           String objectorUserId, Instant answeredAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(objectionId, "objectionId");
        Objects.requireNonNull(objectorUserId, "objectorUserId");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
