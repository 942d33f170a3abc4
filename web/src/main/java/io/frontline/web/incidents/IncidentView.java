package io.frontline.web.incidents;

import io.frontline.web.Option;

import java.util.List;

/**
 * The incident page as the reader reads it: every code already in their words, every time on the site's clock.
 * {@code statements} is null until the person asks to read them (the read is audited); {@code history} null when
 * the perpetrator is not identified.
 */
public record IncidentView(String id, String reference, String site, String status, String statusLabel,
                           String severity, String severityLabel, boolean severityRaised, String types,
                           String source, String occurredAt, String reportedAt, String reportedBy, boolean danger,
                           String description, String victims, String witnesses, String perpetrator,
                           boolean perpetratorKnown, String complaintReference, String outcome, String decidedBy,
                           String noOtherSourceReason, String unfoundedReason, String preventionNote,
                           String reopenReason, boolean policeRecommended, String policeStation,
                           String policeReference, String policeFiledOn, List<Step> steps, String done,
                           String refusedAction, String refusal, List<Option> typeChoices,
                           List<Option> statementRoles, ActionForm form, List<CareTask> care,
                           List<StatementItem> statements, History history) {

    /** A workflow step offered for the current status; {@code noteLabel} null when the step takes no note. */
    public record Step(String action, String label, String hint, String noteLabel, boolean primary) {
    }

    public record CareTask(String id, String task, String label, String due, String status, String statusLabel,
                           boolean open, boolean overdue, String note, String completedBy) {
    }

    public record StatementItem(String role, String author, String recordedAt, String text) {
    }

    public record HistoryEntry(String reference, String site, String status, String outcome, String reportedAt) {
    }

    public record History(String counts, String outcomes, List<HistoryEntry> entries) {
    }

    public boolean refused(String action) {
        return refusal != null && action.equals(refusedAction);
    }

    /** The refusal of an action the page shows no form for (e.g. a step not offered now): shown at the top. */
    public boolean refusedElsewhere() {
        return refusal != null && steps.stream().noneMatch(s -> s.action().equals(refusedAction))
                && !List.of("details", "statement", "police-report", "care", "referral").contains(refusedAction);
    }

    public boolean closed() {
        return "closed".equals(status);
    }

    public String evidenceHref() {
        return "/incidents/" + id + "/evidence";
    }

    public String policePackageHref() {
        return "/incidents/" + id + "/police-package";
    }

    public IncidentView with(List<CareTask> care, List<StatementItem> statements, History history) {
        return new IncidentView(id, reference, site, status, statusLabel, severity, severityLabel, severityRaised,
                types, source, occurredAt, reportedAt, reportedBy, danger, description, victims, witnesses,
                perpetrator, perpetratorKnown, complaintReference, outcome, decidedBy, noOtherSourceReason,
                unfoundedReason, preventionNote, reopenReason, policeRecommended, policeStation, policeReference,
                policeFiledOn, steps, done, refusedAction, refusal, typeChoices, statementRoles, form, care,
                statements, history);
    }
}
