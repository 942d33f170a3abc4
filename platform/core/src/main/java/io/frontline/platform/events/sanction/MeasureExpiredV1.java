package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.expired.v1} on {@code sanctions.events}: the measure ran out at {@code
 * expiredAt}, the exact minute of its end.
 */
public record MeasureExpiredV1(String measureId, String measureType, String siteId, String subjectKey,
                               String employeeId, Instant expiredAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(expiredAt, "expiredAt");
    }
}
