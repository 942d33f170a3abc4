package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.rejected.v1} on {@code sanctions.events}: the proposal was rejected, with a
 * reason; it never took effect.
 */
public record MeasureRejectedV1(String measureId, String measureType, String siteId, String subjectKey,
                                String employeeId, String rejectedBy, Instant rejectedAt,
                                String reason) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
