package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.CareTaskOverdue;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentEvent;
import io.frontline.incident.application.domain.model.LiveAlertRaised;
import io.frontline.incident.application.domain.model.PatternDetected;
import io.frontline.incident.application.domain.model.SuggestionActedOn;

/** Publishes incident events to the other services, in the transaction of the change they report. */
public interface PublishIncidentEventsPort {
    void publish(IncidentEvent event);

    /** An event caused by a person's action, naming them (acting on an incident acknowledges its escalation). */
    void publish(IncidentEvent event, String actedBy);

    void publish(SuggestionActedOn acted);

    void publish(CareTaskOverdue overdue, Incident incident);

    void publish(PatternDetected pattern);

    void publish(LiveAlertRaised alert);
}
