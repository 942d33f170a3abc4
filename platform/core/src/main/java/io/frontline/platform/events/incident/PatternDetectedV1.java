package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.incident.pattern-detected.v1} on {@code incidents.events}: one subject was reported several
 * times from different sites within a window; told once per window.
 */
public record PatternDetectedV1(String subjectKey, int incidentCount, List<String> siteIds, List<String> incidentIds,
                                Instant windowStart, Instant windowEnd,
                                Instant detectedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(siteIds, "siteIds");
        Objects.requireNonNull(incidentIds, "incidentIds");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
