package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * "Seen at the door": who saw the person of which entry ban, where and when. Every tap is kept; it counts as a
 * violation (and alerts the site manager) only if none was recorded for the subject, site and hour yet.
 */
public record DoorSighting(UUID id, UUID measureId, String siteId, String seenBy, Instant seenAt, UUID violationId) {
    public DoorSighting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(seenBy, "seenBy");
        Objects.requireNonNull(seenAt, "seenAt");
    }

    public boolean countedAsViolation() {
        return violationId != null;
    }
}
