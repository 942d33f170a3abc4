package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service learnt of a reported incident: where, what kind, how serious and, if known, which
 * customer (by subject key only). The input of the sanction ladder (seed 001: a first ban of one
 * month, three and six months on repeat, violence or threats starting higher). Recorded once per
 * incident, however often its event arrives.
 *
 * @param types      incident types as the integration contract names them ({@code verbal-abuse}, ...)
 * @param occurredAt when it happened, if the reporter said so
 * @param receivedAt when this service recorded it
 */
public record IncidentSignal(UUID incidentId, String reference, String siteId, List<String> types,
                             IncidentSeverity severity, SubjectKey perpetratorSubjectKey, Instant occurredAt,
                             Instant receivedAt) {
    public IncidentSignal {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("an incident has at least one type");
        }
        types = List.copyOf(types);
    }

    public Optional<SubjectKey> perpetrator() {
        return Optional.ofNullable(perpetratorSubjectKey);
    }
}
