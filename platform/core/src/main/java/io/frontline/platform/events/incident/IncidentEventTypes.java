package io.frontline.platform.events.incident;

import java.util.List;

/** Event types incident-service publishes on {@code incidents.events}. */
public final class IncidentEventTypes {
    public static final String REPORTED_V1 = "frontline.incident.reported.v1";
    public static final String CONFIRMED_V1 = "frontline.incident.confirmed.v1";
    public static final String TRIAGED_V1 = "frontline.incident.triaged.v1";
    public static final String ESCALATED_V1 = "frontline.incident.escalated.v1";
    public static final String UNFOUNDED_V1 = "frontline.incident.unfounded.v1";
    public static final String CLOSED_V1 = "frontline.incident.closed.v1";
    public static final String CARE_TASK_OVERDUE_V1 = "frontline.incident.care-task-overdue.v1";
    public static final String PATTERN_DETECTED_V1 = "frontline.incident.pattern-detected.v1";
    public static final String LIVE_ALERT_V1 = "frontline.incident.live-alert.v1";
    public static final String SUGGESTION_ACTED_ON_V1 = "frontline.incident.suggestion-acted-on.v1";

    public static final List<String> ALL = List.of(REPORTED_V1, CONFIRMED_V1, TRIAGED_V1, ESCALATED_V1, UNFOUNDED_V1,
            CLOSED_V1, CARE_TASK_OVERDUE_V1, PATTERN_DETECTED_V1, LIVE_ALERT_V1, SUGGESTION_ACTED_ON_V1);

    private IncidentEventTypes() {
    }
}
