package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A harassment incident at a site (seeds 000, 003, 004): what happened, when, who reported it and,
 * if known, who did it. Reporting fixes the reference and derives the severity with {@link SeverityRule};
 * triage, investigation and victim care come with the incident workflow.
 */
public final class Incident {
    private final UUID id;
    private final IncidentReference reference;
    private final String siteId;
    private final Set<IncidentType> types;
    private final String description;
    private final Instant occurredAt;
    private final Instant reportedAt;
    private final String reportedBy;
    private final boolean immediateDanger;
    private final Perpetrator perpetrator;
    private final IncidentSource source;
    private final Severity severity;
    private final SeverityRule severityRule;
    private IncidentStatus status;

    public Incident(UUID id, IncidentReference reference, String siteId, Set<IncidentType> types, String description,
                    Instant occurredAt, Instant reportedAt, String reportedBy, boolean immediateDanger,
                    Perpetrator perpetrator, IncidentSource source, IncidentStatus status, Severity severity,
                    SeverityRule severityRule) {
        this.id = Objects.requireNonNull(id);
        this.reference = Objects.requireNonNull(reference);
        this.siteId = Objects.requireNonNull(siteId);
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("an incident has at least one type");
        }
        this.types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        this.description = Objects.requireNonNull(description);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.reportedAt = Objects.requireNonNull(reportedAt);
        this.reportedBy = Objects.requireNonNull(reportedBy);
        this.immediateDanger = immediateDanger;
        this.perpetrator = perpetrator;
        this.source = Objects.requireNonNull(source);
        this.status = Objects.requireNonNull(status);
        this.severity = Objects.requireNonNull(severity);
        this.severityRule = Objects.requireNonNull(severityRule);
    }

    /**
     * Reports a new incident. Its severity follows from the types and the immediate-danger flag; the
     * rule that decided it is kept. An incident cannot have happened after it was reported.
     */
    public static IncidentReported report(UUID id, IncidentReference reference, String siteId,
                                          Set<IncidentType> types, String description, Instant occurredAt,
                                          boolean immediateDanger, Perpetrator perpetrator, IncidentSource source,
                                          String reportedBy, Instant now) {
        if (occurredAt.isAfter(now)) {
            throw new RuleViolation("occurredAt", "An incident cannot be reported before it happened");
        }
        SeverityRule rule = SeverityRule.firing(types, immediateDanger);
        Incident incident = new Incident(id, reference, siteId, types, description, occurredAt, now, reportedBy,
                immediateDanger, perpetrator, source, IncidentStatus.REPORTED, rule.severity(), rule);
        return new IncidentReported(UUID.randomUUID(), id, now, incident);
    }

    public UUID id() {
        return id;
    }

    public IncidentReference reference() {
        return reference;
    }

    public String siteId() {
        return siteId;
    }

    /** The types in their fixed order. */
    public Set<IncidentType> types() {
        return types;
    }

    public String description() {
        return description;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public boolean immediateDanger() {
        return immediateDanger;
    }

    public Optional<Perpetrator> perpetrator() {
        return Optional.ofNullable(perpetrator);
    }

    public IncidentSource source() {
        return source;
    }

    public IncidentStatus status() {
        return status;
    }

    public Severity severity() {
        return severity;
    }

    public SeverityRule severityRule() {
        return severityRule;
    }
}
