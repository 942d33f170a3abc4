package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.lifted.v1} on {@code sanctions.events}: the measure was lifted before its end,
 * with a reason.
 */
public record MeasureLiftedV1(String measureId, String measureType, String siteId, String subjectKey,
                              String employeeId, String liftedBy, Instant liftedAt,
                              String reason) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(liftedBy, "liftedBy");
        Objects.requireNonNull(liftedAt, "liftedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
