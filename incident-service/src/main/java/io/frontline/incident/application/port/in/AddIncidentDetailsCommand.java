package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.IncidentDetails;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.Perpetrator;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Details to add to an incident, with who adds them; every detail is optional. As in the report, the
 * perpetrator arrives as a subject key: the raw identifier it was derived from never gets this far.
 * {@code immediateDanger} is {@code null} when nothing is said about it.
 */
public record AddIncidentDetailsCommand(Actor actor, UUID incidentId, Instant occurredAt, Set<IncidentType> types,
                                        List<String> victims, List<String> witnesses,
                                        SubjectKey perpetratorSubjectKey, String perpetratorDescription,
                                        Boolean immediateDanger) {
    public AddIncidentDetailsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(incidentId, "incidentId");
        types = types == null || types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types));
        victims = victims == null ? List.of() : victims.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
        witnesses = witnesses == null ? List.of() : witnesses.stream().filter(w -> w != null && !w.isBlank())
                .map(String::strip).toList();
        perpetratorDescription = perpetratorDescription == null || perpetratorDescription.isBlank() ? null
                : perpetratorDescription.strip();
    }

    /** The details as the incident takes them. */
    public IncidentDetails details() {
        return new IncidentDetails(occurredAt, types, victims, witnesses,
                Perpetrator.ofNullable(perpetratorSubjectKey, perpetratorDescription).orElse(null), immediateDanger);
    }
}
