package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a site hands to the police about one incident (seed 001: aggression, threats or insults can be reported to
 * the police): the incident, its timeline, the statements, the evidence with its hashes (and the files the service
 * keeps), the care plan as facts without medical detail, and the police reference. Who made it and when is part of
 * it, as it is of the audit trail.
 */
public record PolicePackage(Incident incident, List<Statement> statements, List<Evidence> evidence,
                            List<CarePlanFact> carePlan, String createdBy, Instant createdAt) {

    public PolicePackage {
        Objects.requireNonNull(incident, "incident");
        statements = List.copyOf(statements);
        evidence = List.copyOf(evidence);
        carePlan = List.copyOf(carePlan);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A care task as the police may see it: which step, when it was due, whether it was done or skipped and when.
     * The note is left out: it may hold medical detail about the victim.
     */
    public record CarePlanFact(CareTaskKind kind, Instant dueAt, CareTaskStatus status, Instant completedAt) {
        public static CarePlanFact of(CareTask task) {
            return new CarePlanFact(task.kind(), task.dueAt(), task.status(), task.completedAt().orElse(null));
        }
    }

    /** One moment in the incident's history, with what happened in a few plain words. */
    public record TimelineEntry(Instant at, String what) {
    }

    public static PolicePackage of(Incident incident, List<Statement> statements, List<Evidence> evidence,
                                   List<CareTask> tasks, String createdBy, Instant createdAt) {
        return new PolicePackage(incident, statements, evidence, tasks.stream().map(CarePlanFact::of).toList(),
                createdBy, createdAt);
    }

    /** The incident's history from what happened to now, oldest first. */
    public List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(incident.occurredAt(), "occurred"));
        entries.add(new TimelineEntry(incident.reportedAt(), "reported by " + incident.reportedBy()
                + " (" + words(incident.source().name()) + ")"));
        Progress progress = incident.progress();
        if (progress.triagedAt() != null) {
            entries.add(new TimelineEntry(progress.triagedAt(), "triaged"));
        }
        for (Statement s : statements) {
            entries.add(new TimelineEntry(s.recordedAt(), "statement by " + s.author() + " as " + words(s.authorRole().name())));
        }
        for (Evidence e : evidence) {
            entries.add(new TimelineEntry(e.addedAt(), "evidence added by " + e.addedBy() + ": " + words(e.kind().name())));
        }
        if (progress.decidedAt() != null && progress.outcome() != null) {
            entries.add(new TimelineEntry(progress.decidedAt(), words(progress.outcome().name())
                    + (progress.decidedBy() == null ? "" : " by " + progress.decidedBy())));
        }
        for (CarePlanFact task : carePlan) {
            if (task.completedAt() != null) {
                entries.add(new TimelineEntry(task.completedAt(), "care: " + words(task.kind().name()) + " "
                        + words(task.status().name())));
            }
        }
        if (progress.closedAt() != null) {
            entries.add(new TimelineEntry(progress.closedAt(), "closed"));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** PHYSICAL_VIOLENCE → "physical violence". */
    public static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
