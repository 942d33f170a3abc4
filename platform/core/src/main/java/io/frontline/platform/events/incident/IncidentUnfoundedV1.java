package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.incident.unfounded.v1} on {@code incidents.events}: after fact-finding the incident turned
 * out to be unfounded; nothing follows for the perpetrator.
 */
public record IncidentUnfoundedV1(String incidentId, String reference, String siteId,
                                  Instant decidedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
