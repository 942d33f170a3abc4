package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An incident to report, with who reports it. Only the site, at least one type and a description are
 * needed: a frontline employee must be able to report in under a minute. {@code occurredAt} defaults
 * to the moment of reporting. The perpetrator arrives as a subject key; the raw identifier it was
 * derived from never gets this far. {@code specialistNeeded} adds a referral to the care plan.
 */
public record ReportIncidentCommand(Actor actor, String siteId, Set<IncidentType> types, String description,
                                    Instant occurredAt, boolean immediateDanger, SubjectKey perpetratorSubjectKey,
                                    String perpetratorDescription, List<String> victims, List<String> witnesses,
                                    boolean specialistNeeded) {
    public ReportIncidentCommand {
        Objects.requireNonNull(actor, "actor");
        if (siteId == null || siteId.isBlank()) {
            throw new IllegalArgumentException("siteId is required");
        }
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("at least one type is required");
        }
        types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description is required");
        }
        victims = victims == null ? List.of() : victims.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
        witnesses = witnesses == null ? List.of() : witnesses.stream().filter(w -> w != null && !w.isBlank())
                .map(String::strip).toList();
    }

    public ReportIncidentCommand(Actor actor, String siteId, Set<IncidentType> types, String description,
                                 Instant occurredAt, boolean immediateDanger, SubjectKey perpetratorSubjectKey,
                                 String perpetratorDescription) {
        this(actor, siteId, types, description, occurredAt, immediateDanger, perpetratorSubjectKey,
                perpetratorDescription, List.of(), List.of(), false);
    }
}
