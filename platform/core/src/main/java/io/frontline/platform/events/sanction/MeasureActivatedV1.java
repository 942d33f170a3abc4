package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.activated.v1} on {@code sanctions.events}: the approved measure took effect at
 * its start time.
 */
public record MeasureActivatedV1(String measureId, String measureType, String siteId, String subjectKey,
                                 String employeeId, Instant startsAt, Instant until) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(startsAt, "startsAt");
    }
}
