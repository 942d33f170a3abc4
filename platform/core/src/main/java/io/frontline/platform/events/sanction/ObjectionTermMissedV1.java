package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.objection-term-missed.v1} on {@code sanctions.events}: an objection against a measure
 * was not decided by its due date (seed 004: management answers within 14 days); announced once, with the date by
 * which a decision is now expected. {@code noticeReference} is set when the customer was given a written notice
 * of the ban (then they are told too); a customer appears by subject key only.
 */
public record ObjectionTermMissedV1(String measureId, String measureType, String siteId, String subjectKey,
                                    String employeeId, String noticeReference, Instant decisionDue,
                                    Instant expectedBy, Instant announcedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(decisionDue, "decisionDue");
        Objects.requireNonNull(expectedBy, "expectedBy");
        Objects.requireNonNull(announcedAt, "announcedAt");
    }
}
