package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.WireName;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.ArrayList;
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
    private Set<IncidentType> types;
    private final String description;
    private Instant occurredAt;
    private final Instant reportedAt;
    private final String reportedBy;
    private boolean immediateDanger;
    private Perpetrator perpetrator;
    private final IncidentSource source;
    private SeverityAssessment assessment;
    private List<String> victims;
    private List<String> witnesses;
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

    /**
     * Adds what the reporter or a manager learned after the quick report (issue: details "can be added
     * later"). Types, victims and witnesses are added; the perpetrator is named or completed, but one
     * already identified by a subject key is not swapped for another (that would be a different incident's
     * facts, not a detail); the time it happened replaces the report's (never after the report).
     * Immediate danger can be raised but not withdrawn: it was what the reporter said at the time, and it
     * already decided the severity and the escalation that went out.
     * <p>
     * The severity is derived again ({@link SeverityAssessment#reassessed}); as facts are only added it
     * never falls. An incident is escalated when its severity is first high or critical; every incident
     * that was high or critical has been escalated already, at its report or by an earlier addition, so
     * the escalation is returned only when the severity rises past medium now. A closed incident takes
     * no more details: reopen it first.
     *
     * @param confirmedIncidentsOfPerpetrator confirmed incidents in the last twelve months of the subject
     *                                        key in {@code details}; it counts only if that key is new here
     */
    public Optional<IncidentEvents.Escalated> addDetails(IncidentDetails details,
                                                         long confirmedIncidentsOfPerpetrator, Instant now) {
        Objects.requireNonNull(details, "details");
        if (progress.status() == IncidentStatus.CLOSED) {
            throw new IllegalTransition("incident", wire(progress.status()), "given more details");
        }
        Instant happened = details.occurredAtIfGiven().orElse(occurredAt);
        if (happened.isAfter(reportedAt)) {
            throw new RuleViolation("occurredAt", "An incident cannot have happened after it was reported");
        }
        if (Boolean.FALSE.equals(details.immediateDanger()) && immediateDanger) {
            throw new RuleViolation("immediateDanger", "Immediate danger, once reported, cannot be withdrawn");
        }
        Perpetrator named = perpetrator;
        boolean newlyIdentified = false;
        if (details.perpetrator() != null) {
            Perpetrator given = details.perpetrator();
            Optional<SubjectKey> known = perpetrator().flatMap(Perpetrator::key);
            if (known.isPresent() && given.key().isPresent() && !known.equals(given.key())) {
                throw new RuleViolation("perpetrator.identifier",
                        "The perpetrator is already identified; a different one needs a report of its own");
            }
            newlyIdentified = known.isEmpty() && given.key().isPresent();
            named = new Perpetrator(known.or(given::key).orElse(null), given.description() != null
                    ? given.description() : perpetrator().map(Perpetrator::description).orElse(null));
        }
        Set<IncidentType> allTypes = EnumSet.copyOf(types);
        allTypes.addAll(details.types());
        boolean danger = immediateDanger || Boolean.TRUE.equals(details.immediateDanger());
        Severity before = severity();

        occurredAt = happened;
        types = Collections.unmodifiableSet(allTypes);
        immediateDanger = danger;
        perpetrator = named;
        victims = added(victims, details.victims());
        witnesses = added(witnesses, details.witnesses());
        assessment = assessment.reassessed(types, immediateDanger,
                newlyIdentified ? confirmedIncidentsOfPerpetrator : 0);
        return before.atLeast(Severity.HIGH) ? Optional.empty() : escalation(now);
    }

    private static List<String> added(List<String> known, List<String> more) {
        List<String> all = new ArrayList<>(known);
        more.stream().filter(name -> !all.contains(name)).forEach(all::add);
        return List.copyOf(all);
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
     * sources; so an independent statement is needed ({@link #isIndependentSource}), or a recorded reason why
     * none exists (nobody else was there, say). Who confirms is recorded: they decided the facts, so they never
     * approve a measure that rests on them.
     */
    public IncidentEvents.Confirmed confirm(String confirmedBy, List<Statement> statements,
                                            String noOtherSourceReason, Instant now) {
        require(IncidentStatus.UNDER_INVESTIGATION, "confirmed");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        boolean reasonGiven = noOtherSourceReason != null && !noOtherSourceReason.isBlank();
        boolean independent = statements.stream().anyMatch(s -> isIndependentSource(s, confirmedBy));
        if (!independent && !reasonGiven) {
            throw new RuleViolation("noOtherSourceReason", "Confirming needs a statement from someone not directly "
                    + "involved (not the reporter, a victim or the person confirming), or the reason why there is none");
        }
        progress = progress.decided(IncidentStatus.CONFIRMED, confirmedBy, now,
                reasonGiven ? noOtherSourceReason.strip() : null, null);
        return new IncidentEvents.Confirmed(UUID.randomUUID(), id, now, this);
    }

    /**
     * Seed 000 asks for facts from people not directly involved: the reporter and the victims (by their user
     * id in the record) are involved, whatever capacity they claim.
     */
    public boolean isDirectlyInvolved(String userId) {
        return userId.equals(reportedBy) || victims.stream().anyMatch(v -> v.strip().equalsIgnoreCase(userId));
    }

    /**
     * Checks the capacity a statement's author claims against who they are: the reporter and the victims
     * speak as victim (or perpetrator), never as witness or uninvolved.
     */
    public void checkStatementCapacity(String author, StatementRole claimed) {
        boolean independentRole = claimed == StatementRole.WITNESS || claimed == StatementRole.UNINVOLVED;
        if (independentRole && isDirectlyInvolved(author)) {
            throw new RuleViolation("authorRole", "The reporter and the victims of an incident give their statement "
                    + "as victim, not as " + WireName.fromConstant(claimed.name()));
        }
    }

    /**
     * A statement counts as an independent source when it is given as witness or uninvolved by someone who is
     * neither directly involved nor the person who confirms (their own account is not a second source).
     */
    public boolean isIndependentSource(Statement statement, String confirmer) {
        return (statement.authorRole() == StatementRole.WITNESS || statement.authorRole() == StatementRole.UNINVOLVED)
                && !isDirectlyInvolved(statement.author()) && !statement.author().equals(confirmer);
    }

    public IncidentEvents.Unfounded declareUnfounded(String decidedBy, String reason, Instant now) {
        require(IncidentStatus.UNDER_INVESTIGATION, "declared unfounded");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why the incident is unfounded");
        }
        progress = progress.decided(IncidentStatus.UNFOUNDED, decidedBy, now, null, reason.strip());
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
        return WireName.fromConstant(status.name());
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
