package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One step of an incident's care plan for the victim. Done or skipped with a note; an open task past its
 * due time is reported overdue once.
 */
public final class CareTask {
    private final UUID id;
    private final UUID incidentId;
    private final CareTaskKind kind;
    private Instant dueAt;
    private CareTaskStatus status;
    private String note;
    private String completedBy;
    private Instant completedAt;
    private Instant overdueReportedAt;

    public CareTask(UUID id, UUID incidentId, CareTaskKind kind, Instant dueAt, CareTaskStatus status, String note,
                    String completedBy, Instant completedAt, Instant overdueReportedAt) {
        this.id = Objects.requireNonNull(id);
        this.incidentId = Objects.requireNonNull(incidentId);
        this.kind = Objects.requireNonNull(kind);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.status = Objects.requireNonNull(status);
        this.note = note;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
        this.overdueReportedAt = overdueReportedAt;
    }

    static CareTask open(UUID incidentId, CareTaskKind kind, Instant dueAt) {
        return new CareTask(UUID.randomUUID(), incidentId, kind, dueAt, CareTaskStatus.OPEN, null, null, null, null);
    }

    /** Marks the task done or skipped; either way the note says what happened or why not. */
    public void complete(CareTaskStatus outcome, String note, String by, Instant now) {
        if (outcome == CareTaskStatus.OPEN) {
            throw new IllegalArgumentException("a task is completed as done or skipped");
        }
        if (status != CareTaskStatus.OPEN) {
            throw new IllegalTransition("care task", status.name().toLowerCase(java.util.Locale.ROOT),
                    outcome == CareTaskStatus.DONE ? "done" : "skipped");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "Say what was done, or why the task is skipped");
        }
        this.status = outcome;
        this.note = note.strip();
        this.completedBy = Objects.requireNonNull(by);
        this.completedAt = now;
    }

    /** An open task becomes due at {@code dueAt} if that is sooner; done, skipped or sooner tasks stay as they are. */
    boolean dueNoLaterThan(Instant dueAt) {
        if (status != CareTaskStatus.OPEN || !dueAt.isBefore(this.dueAt)) {
            return false;
        }
        this.dueAt = dueAt;
        return true;
    }

    /** The overdue notice for this task, the first time it is open past its due time; empty otherwise. */
    public Optional<CareTaskOverdue> overdue(Instant now) {
        if (status != CareTaskStatus.OPEN || overdueReportedAt != null || !now.isAfter(dueAt)) {
            return Optional.empty();
        }
        overdueReportedAt = now;
        return Optional.of(new CareTaskOverdue(UUID.randomUUID(), this, now));
    }

    public UUID id() {
        return id;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public CareTaskKind kind() {
        return kind;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public CareTaskStatus status() {
        return status;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<String> completedBy() {
        return Optional.ofNullable(completedBy);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> overdueReportedAt() {
        return Optional.ofNullable(overdueReportedAt);
    }
}
