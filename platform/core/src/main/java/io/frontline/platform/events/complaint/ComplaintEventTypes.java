package io.frontline.platform.events.complaint;

import java.util.List;

/** Event types complaint-service publishes on {@code complaints.events} (the complaints procedure, seed 002). */
public final class ComplaintEventTypes {
    public static final String RECEIVED_V1 = "frontline.complaint.received.v1";
    public static final String ACKNOWLEDGED_V1 = "frontline.complaint.acknowledged.v1";
    public static final String ASSIGNED_V1 = "frontline.complaint.assigned.v1";
    public static final String ESCALATED_V1 = "frontline.complaint.escalated.v1";
    public static final String DUE_SOON_V1 = "frontline.complaint.due-soon.v1";
    public static final String OVERDUE_V1 = "frontline.complaint.overdue.v1";
    public static final String HARASSMENT_CONFIRMED_V1 = "frontline.complaint.harassment-confirmed.v1";
    public static final String RESOLVED_V1 = "frontline.complaint.resolved.v1";
    public static final String REJECTED_V1 = "frontline.complaint.rejected.v1";
    public static final String REOPENED_V1 = "frontline.complaint.reopened.v1";
    public static final String ESCALATION_REQUESTED_V1 = "frontline.complaint.escalation-requested.v1";
    public static final String QUESTION_ASKED_V1 = "frontline.complaint.question-asked.v1";

    public static final List<String> ALL = List.of(RECEIVED_V1, ACKNOWLEDGED_V1, ASSIGNED_V1, ESCALATED_V1,
            DUE_SOON_V1, OVERDUE_V1, HARASSMENT_CONFIRMED_V1, RESOLVED_V1, REJECTED_V1, REOPENED_V1,
            ESCALATION_REQUESTED_V1, QUESTION_ASKED_V1);

    private ComplaintEventTypes() {
    }
}
