package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.objection-filed.v1} on {@code sanctions.events}: an objection against the
 * measure was recorded (within 14 days of notice); it is to be decided by {@code decisionDue}. The grounds
 * stay in the service.
 */
public record ObjectionFiledV1(String measureId, String measureType, String siteId, String subjectKey,
                               String employeeId, String filedBy, Instant filedAt,
                               Instant decisionDue) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(decisionDue, "decisionDue");
    }
}
