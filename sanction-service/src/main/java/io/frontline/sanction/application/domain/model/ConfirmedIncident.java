package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An incident that incident-service confirmed after fact-finding: the input of the ladder, and part of
 * the perpetrator's history for later incidents.
 */
public record ConfirmedIncident(UUID incidentId, String reference, String siteId, List<String> types,
                                IncidentSeverity severity, SubjectKey perpetrator, boolean policeReportRecommended,
                                Instant occurredAt, Instant confirmedAt) {
    public ConfirmedIncident {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        types = List.copyOf(types);
    }
}
