package io.frontline.incident.adapter.out.messaging;

import io.frontline.platform.domain.WireName;
import io.frontline.incident.application.domain.model.CareTaskOverdue;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.IncidentEvent;
import io.frontline.incident.application.domain.model.IncidentEvents;
import io.frontline.incident.application.domain.model.IncidentReported;
import io.frontline.incident.application.domain.model.LiveAlertRaised;
import io.frontline.incident.application.domain.model.PatternDetected;
import io.frontline.incident.application.domain.model.Perpetrator;
import io.frontline.incident.application.domain.model.SubjectSighting;
import io.frontline.incident.application.domain.model.SuggestedIncident;
import io.frontline.incident.application.domain.model.SuggestionActedOn;
import io.frontline.incident.application.port.out.PublishIncidentEventsPort;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.CareTaskOverdueV1;
import io.frontline.platform.events.incident.IncidentClosedV1;
import io.frontline.platform.events.incident.IncidentConfirmedV1;
import io.frontline.platform.events.incident.IncidentEscalatedV1;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.incident.IncidentReportedV1;
import io.frontline.platform.events.incident.IncidentTriagedV1;
import io.frontline.platform.events.incident.IncidentUnfoundedV1;
import io.frontline.platform.events.incident.LiveAlertV1;
import io.frontline.platform.events.incident.PatternDetectedV1;
import io.frontline.platform.events.incident.SuggestionActedOnV1;
import io.frontline.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Maps domain events to the integration contracts of {@code incidents.events} and writes them to the
 * outbox. Only what consumers need leaves the service: no description, no reporter, no perpetrator
 * description, no statement; the perpetrator as a subject key only.
 */
@ApplicationScoped
class IncidentEventsOutbox implements PublishIncidentEventsPort {
    @Inject
    OutboxWriter outbox;

    @Override
    public void publish(IncidentEvent event) {
        publish(event, null);
    }

    @Override
    public void publish(SuggestionActedOn a) {
        SuggestedIncident s = a.suggestion();
        // Keyed by the call, like its live alerts: a consumer sees the alerts before the action on them.
        outbox.append(Topics.INCIDENTS, IncidentEventTypes.SUGGESTION_ACTED_ON_V1, s.callId(),
                new SuggestionActedOnV1(s.id().toString(), s.callId(), s.siteId(), wire(a.action().name()),
                        a.actedBy(), a.occurredAt(), s.incidentId() == null ? null : s.incidentId().toString()));
    }

    @Override
    public void publish(IncidentEvent event, String actedBy) {
        Incident i = event.incident();
        String id = i.id().toString();
        String ref = i.reference().value();
        if (event instanceof IncidentReported) {
            outbox.append(Topics.INCIDENTS, IncidentEventTypes.REPORTED_V1, id,
                    new IncidentReportedV1(id, ref, i.siteId(), types(i), wire(i.severity().name()),
                            wire(i.source().name()), perpetrator(i), i.occurredAt(), i.reportedAt()));
        } else if (event instanceof IncidentEvents.Escalated) {
            outbox.append(Topics.INCIDENTS, IncidentEventTypes.ESCALATED_V1, id,
                    new IncidentEscalatedV1(id, ref, i.siteId(), types(i), wire(i.severity().name()),
                            i.policeReportRecommended(), event.occurredAt()));
        } else if (event instanceof IncidentEvents.Triaged) {
            outbox.append(Topics.INCIDENTS, IncidentEventTypes.TRIAGED_V1, id,
                    new IncidentTriagedV1(id, ref, i.siteId(), wire(i.severity().name()), event.occurredAt(),
                            actedBy));
        } else if (event instanceof IncidentEvents.Confirmed) {
            outbox.append(Topics.INCIDENTS, IncidentEventTypes.CONFIRMED_V1, id,
                    new IncidentConfirmedV1(id, ref, i.siteId(), types(i), wire(i.severity().name()), perpetrator(i),
                            i.policeReportRecommended(), i.occurredAt(), event.occurredAt(),
                            i.progress().decidedBy(), suggestionConfirmedBy(i)));
        } else if (event instanceof IncidentEvents.Unfounded) {
            outbox.append(Topics.INCIDENTS, IncidentEventTypes.UNFOUNDED_V1, id,
                    new IncidentUnfoundedV1(id, ref, i.siteId(), event.occurredAt()));
        } else if (event instanceof IncidentEvents.Closed) {
            outbox.append(Topics.INCIDENTS, IncidentEventTypes.CLOSED_V1, id,
                    new IncidentClosedV1(id, ref, i.siteId(), wire(i.progress().outcome().name()),
                            event.occurredAt(), i.progress().recurrencePreventionNote()));
        } else {
            throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
        }
    }

    /** A live-detection suggestion becomes an incident reported by the person who confirmed it. */
    private static String suggestionConfirmedBy(Incident i) {
        return i.source() == IncidentSource.CALL_CENTER_DETECTION ? i.reportedBy() : null;
    }

    @Override
    public void publish(CareTaskOverdue overdue, Incident i) {
        outbox.append(Topics.INCIDENTS, IncidentEventTypes.CARE_TASK_OVERDUE_V1, i.id().toString(),
                new CareTaskOverdueV1(i.id().toString(), i.reference().value(), i.siteId(),
                        overdue.task().id().toString(), wire(overdue.task().kind().name()), overdue.task().dueAt(),
                        overdue.occurredAt()));
    }

    @Override
    public void publish(PatternDetected p) {
        outbox.append(Topics.INCIDENTS, IncidentEventTypes.PATTERN_DETECTED_V1, p.subjectKey().value(),
                new PatternDetectedV1(p.subjectKey().value(), p.sightings().size(), p.siteIds(),
                        p.sightings().stream().map(SubjectSighting::incidentId).map(Object::toString).toList(),
                        p.windowStart(), p.windowEnd(), p.occurredAt()));
    }

    @Override
    public void publish(LiveAlertRaised a) {
        outbox.append(Topics.INCIDENTS, IncidentEventTypes.LIVE_ALERT_V1, a.segment().callId(),
                new LiveAlertV1(a.segment().callId(), a.segment().siteId(), a.segment().agentId(),
                        a.segment().callerSubjectKey() == null ? null : a.segment().callerSubjectKey().value(),
                        wire(a.rule().name()), a.suggestedIncidentId().toString(), a.segment().endOffsetMs(),
                        a.occurredAt()));
    }

    private static List<String> types(Incident i) {
        return i.types().stream().map(t -> wire(t.name())).toList();
    }

    private static String perpetrator(Incident i) {
        return i.perpetrator().flatMap(Perpetrator::key).map(SubjectKey::value).orElse(null);
    }

    /** Enum names on the wire are lower-case with dashes: VERBAL_ABUSE → verbal-abuse. */
    static String wire(String name) {
        return WireName.fromConstant(name);
    }
}
