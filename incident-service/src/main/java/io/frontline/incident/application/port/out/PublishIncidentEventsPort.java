package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.IncidentEvent;

/** Publishes incident events to the other services, in the transaction of the change they report. */
public interface PublishIncidentEventsPort {
    void publish(IncidentEvent event);
}
