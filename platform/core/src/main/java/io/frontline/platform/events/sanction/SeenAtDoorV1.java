package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.sanction.seen-at-door.v1} on {@code sanctions.events}: a member of staff tapped "seen at the door"
 * for a person under an entry ban, and it counted as the violation of this subject, site and hour (issue 20). It
 * takes the place of {@code ban-violated} for that violation, so the site manager is alerted once an hour at most.
 */
public record SeenAtDoorV1(String sightingId, String violationId, String measureId, String measureType,
                           String subjectKey, String siteId, String seenBy, Instant seenAt)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(sightingId, "sightingId");
        Objects.requireNonNull(violationId, "violationId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(seenBy, "seenBy");
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
