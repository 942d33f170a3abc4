package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An incident that incident-service confirmed after fact-finding: the input of the ladder, and part of
 * the perpetrator's history for later incidents. {@code confirmedBy} and {@code suggestionConfirmedBy} (when
 * known) decided the facts, so they never approve the measure proposed for it.
 */
public record ConfirmedIncident(UUID incidentId, String reference, String siteId, List<String> types,
                                IncidentSeverity severity, SubjectKey perpetrator, boolean policeReportRecommended,
                                Instant occurredAt, Instant confirmedAt, String confirmedBy,
                                String suggestionConfirmedBy) {
    /** An incident as history, without who decided it. */
    public ConfirmedIncident(UUID incidentId, String reference, String siteId, List<String> types,
                             IncidentSeverity severity, SubjectKey perpetrator, boolean policeReportRecommended,
                             Instant occurredAt, Instant confirmedAt) {
        this(incidentId, reference, siteId, types, severity, perpetrator, policeReportRecommended, occurredAt,
                confirmedAt, null, null);
    }

    /** Who decided the facts this incident's measure rests on. */
    public List<EarlierDecision> earlierDecisions() {
        List<EarlierDecision> decisions = new ArrayList<>();
        if (confirmedBy != null && !confirmedBy.isBlank()) {
            decisions.add(new EarlierDecision(EarlierDecision.Part.INCIDENT_CONFIRMER, confirmedBy));
        }
        if (suggestionConfirmedBy != null && !suggestionConfirmedBy.isBlank()) {
            decisions.add(new EarlierDecision(EarlierDecision.Part.SUGGESTION_CONFIRMER, suggestionConfirmedBy));
        }
        return decisions;
    }

    public ConfirmedIncident {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        types = List.copyOf(types);
    }
}
