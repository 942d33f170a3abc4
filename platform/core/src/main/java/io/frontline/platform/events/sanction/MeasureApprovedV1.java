package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.approved.v1} on {@code sanctions.events}: a second person approved the measure.
 * It is in force from {@code startsAt} until {@code until} (absent for a measure without an end); an
 * objection can be filed until {@code objectionDeadline}.
 */
public record MeasureApprovedV1(String measureId, String measureType, String siteId, String subjectKey,
                                String employeeId, String approvedBy, Instant approvedAt, Instant startsAt,
                                Instant until, Instant objectionDeadline) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(startsAt, "startsAt");
    }
}
