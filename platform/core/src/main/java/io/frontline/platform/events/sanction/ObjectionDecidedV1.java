package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.objection-decided.v1} on {@code sanctions.events}: the objection was decided:
 * upheld (the measure stands), overturned (it ends now) or shortened (it ends at the new {@code until}).
 * {@code status} is the measure's status after the decision. {@code reasonCode} (facts-confirmed, proportionate,
 * facts-not-established, disproportionate, procedure-not-followed) and {@code decisionReason} (the decider's own
 * words) are written for the one who objected; both are absent from decisions recorded before they existed.
 */
public record ObjectionDecidedV1(String measureId, String measureType, String siteId, String subjectKey,
                                 String employeeId, String outcome, String reasonCode, String decisionReason,
                                 String decidedBy, Instant decidedAt,
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
