package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.incident.escalated.v1} on {@code incidents.events}: a high or critical incident was reported;
 * HQ safety and the region are told at once, before triage.
 */
public record IncidentEscalatedV1(String incidentId, String reference, String siteId, List<String> types,
                                  String severity, boolean policeReportRecommended,
                                  Instant escalatedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
    }
}
