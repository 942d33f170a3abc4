package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.incident.reported.v1} on {@code incidents.events}: an incident was reported.
 * The perpetrator travels as a subject key only, never as a name or number.
 */
public record IncidentReportedV1(String incidentId, String reference, String siteId, List<String> types,
                                 String severity, String source, String perpetratorSubjectKey,
                                 Instant occurredAt, Instant reportedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reportedAt, "reportedAt");
    }
}
