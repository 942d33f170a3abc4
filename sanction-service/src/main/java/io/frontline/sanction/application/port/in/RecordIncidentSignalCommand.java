package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.IncidentSeverity;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A reported incident, as it arrived from incident-service. */
public record RecordIncidentSignalCommand(UUID incidentId, String reference, String siteId, List<String> types,
                                          IncidentSeverity severity, SubjectKey perpetratorSubjectKey,
                                          Instant occurredAt) {
    public RecordIncidentSignalCommand {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(severity, "severity");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("reference is required");
        }
        if (siteId == null || siteId.isBlank()) {
            throw new IllegalArgumentException("siteId is required");
        }
        if (types == null || types.isEmpty() || types.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new IllegalArgumentException("at least one type is required");
        }
        types = List.copyOf(types);
    }
}
