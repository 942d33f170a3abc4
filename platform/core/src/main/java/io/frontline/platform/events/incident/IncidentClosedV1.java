package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.incident.closed.v1} on {@code incidents.events}: the incident is closed with its outcome
 * (confirmed or unfounded).
 */
public record IncidentClosedV1(String incidentId, String reference, String siteId, String outcome,
                               Instant closedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
