package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.incident.closed.v1} on {@code incidents.events}: the incident is closed with its outcome
 * (confirmed or unfounded), and the note on how recurrence is prevented (lessons learned; required for a confirmed
 * incident, optional for an unfounded one; absent in events from before it was added), which prevention-service
 * turns into an anonymised case study.
 */
public record IncidentClosedV1(String incidentId, String reference, String siteId, String outcome,
                               Instant closedAt, String recurrencePreventionNote) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
