package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A harassment incident at a site (seeds 000, 003): what happened, when, who reported it and, if known,
 * who did it. Reporting fixes the reference and derives the severity with {@link SeverityAssessment}.
 * The workflow is reported → triaged → under investigation → confirmed | unfounded → closed, and a
 * decided or closed incident can be reopened with a reason.
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
    private final SeverityAssessment assessment;
    private final List<String> victims;
    private final List<String> witnesses;
    private final String complaintReference;
    private Progress progress;

    public Incident(UUID id, IncidentReference reference, String siteId, Set<IncidentType> types, String description,
                    Instant occurredAt, Instant reportedAt, String reportedBy, boolean immediateDanger,
                    Perpetrator perpetrator, IncidentSource source, SeverityAssessment assessment,
                    List<String> victims, List<String> witnesses, String complaintReference, Progress progress) {
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
        this.assessment = Objects.requireNonNull(assessment);
        this.victims = victims == null ? List.of() : List.copyOf(victims);
        this.witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
        this.complaintReference = complaintReference;
        this.progress = Objects.requireNonNull(progress);
    }

    /** Reports a new incident whose perpetrator has no confirmed incidents on record. */
    public static IncidentReported report(UUID id, IncidentReference reference, String siteId,
                                          Set<IncidentType> types, String description, Instant occurredAt,
                                          boolean immediateDanger, Perpetrator perpetrator, IncidentSource source,
                                          String reportedBy, Instant now) {
        return report(id, reference, siteId, types, description, occurredAt, immediateDanger, perpetrator, source,
                reportedBy, List.of(), List.of(), null, 0, now);
    }

    /**
     * Reports a new incident. Its severity follows from the types, the immediate-danger flag and the
     * perpetrator's confirmed incidents of the last twelve months; the rule that decided it is kept. An
     * incident cannot have happened after it was reported.
     */
    public static IncidentReported report(UUID id, IncidentReference reference, String siteId,
                                          Set<IncidentType> types, String description, Instant occurredAt,
                                          boolean immediateDanger, Perpetrator perpetrator, IncidentSource source,
                                          String reportedBy, List<String> victims, List<String> witnesses,
                                          String complaintReference, long confirmedIncidentsOfPerpetrator,
                                          Instant now) {
        if (occurredAt.isAfter(now)) {
            throw new RuleViolation("occurredAt", "An incident cannot be reported before it happened");
        }
        SeverityAssessment assessment = SeverityAssessment.of(types, immediateDanger, confirmedIncidentsOfPerpetrator);
        Incident incident = new Incident(id, reference, siteId, types, description, occurredAt, now, reportedBy,
                immediateDanger, perpetrator, source, assessment, victims, witnesses, complaintReference,
                Progress.reported());
        return new IncidentReported(UUID.randomUUID(), id, now, incident);
    }

    /** High and critical incidents are escalated the moment they are reported, before anyone triages them. */
    public Optional<IncidentEvents.Escalated> escalation(Instant now) {
        return severity().atLeast(Severity.HIGH)
                ? Optional.of(new IncidentEvents.Escalated(UUID.randomUUID(), id, now, this)) : Optional.empty();
    }

    /** The site manager has looked at it and fact-finding can be planned. */
    public IncidentEvents.Triaged triage(Instant now) {
        require(IncidentStatus.REPORTED, "triaged");
        progress = progress.triaged(now);
        return new IncidentEvents.Triaged(UUID.randomUUID(), id, now, this);
    }

    public void startInvestigation() {
        require(IncidentStatus.TRIAGED, "put under investigation");
        progress = progress.withStatus(IncidentStatus.UNDER_INVESTIGATION);
    }

    /**
     * Confirms the incident after fact-finding. Seed 000: facts are established objectively, from several
     * sources; so a statement by someone other than the victim is needed, or a recorded reason why none
     * exists (nobody else was there, say).
     */
    public IncidentEvents.Confirmed confirm(boolean hasStatementOtherThanVictim, String noOtherSourceReason,
                                            Instant now) {
        require(IncidentStatus.UNDER_INVESTIGATION, "confirmed");
        boolean reasonGiven = noOtherSourceReason != null && !noOtherSourceReason.isBlank();
        if (!hasStatementOtherThanVictim && !reasonGiven) {
            throw new RuleViolation("noOtherSourceReason", "Confirming needs a statement from someone other than "
                    + "the victim, or the reason why there is none");
        }
        progress = progress.decided(IncidentStatus.CONFIRMED, now, reasonGiven ? noOtherSourceReason.strip() : null,
                null);
        return new IncidentEvents.Confirmed(UUID.randomUUID(), id, now, this);
    }

    public IncidentEvents.Unfounded declareUnfounded(String reason, Instant now) {
        require(IncidentStatus.UNDER_INVESTIGATION, "declared unfounded");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why the incident is unfounded");
        }
        progress = progress.decided(IncidentStatus.UNFOUNDED, now, null, reason.strip());
        return new IncidentEvents.Unfounded(UUID.randomUUID(), id, now, this);
    }

    /** A confirmed incident is closed only with a note on how recurrence is prevented (lessons learned). */
    public IncidentEvents.Closed close(String recurrencePreventionNote, Instant now) {
        if (progress.status() != IncidentStatus.CONFIRMED && progress.status() != IncidentStatus.UNFOUNDED) {
            throw new IllegalTransition("incident", wire(progress.status()), "closed");
        }
        boolean noted = recurrencePreventionNote != null && !recurrencePreventionNote.isBlank();
        if (progress.status() == IncidentStatus.CONFIRMED && !noted) {
            throw new RuleViolation("recurrencePreventionNote",
                    "A confirmed incident is closed only with a note on how recurrence is prevented");
        }
        progress = progress.closed(noted ? recurrencePreventionNote.strip() : null, now);
        return new IncidentEvents.Closed(UUID.randomUUID(), id, now, this);
    }

    /** New facts: a decided or closed incident goes back under investigation, with the reason. */
    public void reopen(String reason) {
        IncidentStatus status = progress.status();
        if (status != IncidentStatus.CONFIRMED && status != IncidentStatus.UNFOUNDED
                && status != IncidentStatus.CLOSED) {
            throw new IllegalTransition("incident", wire(status), "reopened");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why the incident is reopened");
        }
        progress = progress.reopened(reason.strip());
    }

    public void recordPoliceReport(PoliceReport report) {
        progress = progress.withPoliceReport(Objects.requireNonNull(report));
    }

    /** Seed 001: aggression and threats can be reported to the police; recommended automatically for those. */
    public boolean policeReportRecommended() {
        return types.contains(IncidentType.PHYSICAL_VIOLENCE) || types.contains(IncidentType.THREAT);
    }

    private void require(IncidentStatus expected, String action) {
        if (progress.status() != expected) {
            throw new IllegalTransition("incident", wire(progress.status()), action);
        }
    }

    private static String wire(IncidentStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
        return progress.status();
    }

    public Progress progress() {
        return progress;
    }

    public SeverityAssessment assessment() {
        return assessment;
    }

    public Severity severity() {
        return assessment.severity();
    }

    public SeverityRule severityRule() {
        return assessment.rule();
    }

    public List<String> victims() {
        return victims;
    }

    public List<String> witnesses() {
        return witnesses;
    }

    public Optional<String> complaintReference() {
        return Optional.ofNullable(complaintReference);
    }
}
