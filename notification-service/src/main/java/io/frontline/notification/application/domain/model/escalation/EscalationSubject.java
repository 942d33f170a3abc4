package io.frontline.notification.application.domain.model.escalation;

import io.frontline.notification.application.domain.model.RoutedEvent;

import java.util.Optional;
import java.util.Set;

/**
 * What an escalation is about — a suggested incident of live detection, an incident, a complaint — and the
 * events in which a person acts on it (issue 15): confirming, dismissing or taking over a suggestion
 * acknowledges its live alert's escalation; triaging or confirming an incident acknowledges the incident's;
 * assigning, escalating, resolving or rejecting a complaint acknowledges its (overdue) escalation.
 */
public final class EscalationSubject {
    private static final String LIVE_ALERT = "frontline.incident.live-alert.v1";
    private static final String SUGGESTION_ACTED_ON = "frontline.incident.suggestion-acted-on.v1";
    private static final Set<String> ACTING_ON_INCIDENT = Set.of("frontline.incident.triaged.v1",
            "frontline.incident.confirmed.v1");
    private static final Set<String> ACTING_ON_COMPLAINT = Set.of("frontline.complaint.assigned.v1",
            "frontline.complaint.escalated.v1", "frontline.complaint.resolved.v1", "frontline.complaint.rejected.v1");

    /** A person's action on a subject: who, on what. */
    public record Action(String subject, String actedBy) {
    }

    private EscalationSubject() {
    }

    /** The subject of an escalated event, if it has one that a person can act on. */
    public static Optional<String> of(RoutedEvent event) {
        String type = event.eventType();
        if (LIVE_ALERT.equals(type)) {
            return key("suggestion", event.facts().get("suggestedIncidentId"));
        }
        if (type.startsWith("frontline.incident.")) {
            return key("incident", event.facts().get("incidentId"));
        }
        if (type.startsWith("frontline.complaint.")) {
            return key("complaint", event.facts().get("complaintId"));
        }
        return Optional.empty();
    }

    /** The action the event reports, when it is one and names who acted. */
    public static Optional<Action> actionIn(RoutedEvent event) {
        String by = event.facts().get("actedBy");
        if (by == null || by.isBlank()) {
            return Optional.empty();
        }
        String type = event.eventType();
        Optional<String> subject = Optional.empty();
        if (SUGGESTION_ACTED_ON.equals(type)) {
            subject = key("suggestion", event.facts().get("suggestedIncidentId"));
        } else if (ACTING_ON_INCIDENT.contains(type)) {
            subject = key("incident", event.facts().get("incidentId"));
        } else if (ACTING_ON_COMPLAINT.contains(type)) {
            subject = key("complaint", event.facts().get("complaintId"));
        }
        return subject.map(s -> new Action(s, by));
    }

    private static Optional<String> key(String kind, String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(kind + ":" + id);
    }
}
