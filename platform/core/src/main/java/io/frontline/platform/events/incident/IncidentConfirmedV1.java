package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.incident.confirmed.v1} on {@code incidents.events}: after fact-finding, the incident
 * is confirmed. What sanction-service needs to propose a measure by its ladder: the perpetrator's
 * subject key (absent when the perpetrator is not a known customer), severity, types and site; and who
 * decided the facts — {@code actedBy}, who confirmed the incident, and {@code suggestionConfirmedBy} when the
 * incident began as a live-detection suggestion — so that neither approves the measure that rests on them (four
 * eyes; acting on it also acknowledges its escalation). Both are optional, added compatibly to v1: events from
 * before they existed carry neither.
 */
public record IncidentConfirmedV1(String incidentId, String reference, String siteId, List<String> types,
                                  String severity, String perpetratorSubjectKey, boolean policeReportRecommended,
                                  Instant occurredAt, Instant confirmedAt, String actedBy,
                                  String suggestionConfirmedBy) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }
}
