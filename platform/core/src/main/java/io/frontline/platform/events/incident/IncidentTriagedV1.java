package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.incident.triaged.v1} on {@code incidents.events}: the site manager has looked at a reported
 * incident and confirmed or corrected its urgency; fact-finding can start.
 */
// actedBy: who acted (their user id); optional, absent in events written before it was added (issue 15:
// acting on what an escalation is about acknowledges it).
public record IncidentTriagedV1(String incidentId, String reference, String siteId, String severity,
                                Instant triagedAt, String actedBy) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(triagedAt, "triagedAt");
    }
}
