package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.objection-decided.v1} on {@code sanctions.events}: the objection was decided:
 * upheld (the measure stands), overturned (it ends now) or shortened (it ends at the new {@code until}).
 * {@code status} is the measure's status after the decision.
 */
public record ObjectionDecidedV1(String measureId, String measureType, String siteId, String subjectKey,
                                 String employeeId, String outcome, String decidedBy, Instant decidedAt,
                                 String status, Instant until) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(status, "status");
    }
}
