package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An incident to report, with who reports it. Only the site, at least one type and a description are
 * needed: a frontline employee must be able to report in under a minute. {@code occurredAt} defaults
 * to the moment of reporting. The perpetrator arrives as a subject key; the raw identifier it was
 * derived from never gets this far.
 */
public record ReportIncidentCommand(Actor actor, String siteId, Set<IncidentType> types, String description,
                                    Instant occurredAt, boolean immediateDanger, SubjectKey perpetratorSubjectKey,
                                    String perpetratorDescription) {
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
    }
}
