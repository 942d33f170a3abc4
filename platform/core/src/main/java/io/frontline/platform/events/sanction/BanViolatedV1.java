package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.ban-violated.v1} on {@code sanctions.events}: a ban check hit a ban in force:
 * the subject tried to enter or make contact. At most one per subject, site and hour.
 */
public record BanViolatedV1(String violationId, String measureId, String measureType, String subjectKey,
                            String siteId, String channel, String departmentId, String contactEmployeeId,
                            String checkedBy, Instant checkedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(violationId, "violationId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
