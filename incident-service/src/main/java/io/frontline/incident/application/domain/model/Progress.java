package io.frontline.incident.application.domain.model;

import java.time.Instant;

/**
 * How far an incident's workflow has come, and the notes each step left: the reason no statement other
 * than the victim's exists, why it was unfounded, how recurrence is prevented, why it was reopened; and who
 * decided (confirmed or declared unfounded), who therefore never approves a measure that rests on it.
 */
public record Progress(IncidentStatus status, Instant triagedAt, Instant decidedAt, IncidentStatus outcome,
                       String noOtherSourceReason, String unfoundedReason, String recurrencePreventionNote,
                       String reopenReason, Instant closedAt, PoliceReport policeReport, String decidedBy) {

    public static Progress reported() {
        return new Progress(IncidentStatus.REPORTED, null, null, null, null, null, null, null, null, null, null);
    }

    Progress withStatus(IncidentStatus next) {
        return new Progress(next, triagedAt, decidedAt, outcome, noOtherSourceReason, unfoundedReason,
                recurrencePreventionNote, reopenReason, closedAt, policeReport, decidedBy);
    }

    Progress triaged(Instant at) {
        return new Progress(IncidentStatus.TRIAGED, at, decidedAt, outcome, noOtherSourceReason, unfoundedReason,
                recurrencePreventionNote, reopenReason, closedAt, policeReport, decidedBy);
    }

    Progress decided(IncidentStatus decision, String by, Instant at, String noOtherSource, String unfounded) {
        return new Progress(decision, triagedAt, at, decision, noOtherSource, unfounded, recurrencePreventionNote,
                reopenReason, closedAt, policeReport, by);
    }

    Progress closed(String prevention, Instant at) {
        return new Progress(IncidentStatus.CLOSED, triagedAt, decidedAt, outcome, noOtherSourceReason,
                unfoundedReason, prevention, reopenReason, at, policeReport, decidedBy);
    }

    Progress reopened(String reason) {
        return new Progress(IncidentStatus.UNDER_INVESTIGATION, triagedAt, null, null, noOtherSourceReason,
                unfoundedReason, recurrencePreventionNote, reason, null, policeReport, null);
    }

    Progress withPoliceReport(PoliceReport report) {
        return new Progress(status, triagedAt, decidedAt, outcome, noOtherSourceReason, unfoundedReason,
                recurrencePreventionNote, reopenReason, closedAt, report, decidedBy);
    }
}
