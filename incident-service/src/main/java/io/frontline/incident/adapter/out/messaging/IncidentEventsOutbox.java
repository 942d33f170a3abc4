package io.frontline.incident.adapter.out.messaging;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentEvent;
import io.frontline.incident.application.domain.model.IncidentReported;
import io.frontline.incident.application.domain.model.Perpetrator;
import io.frontline.incident.application.port.out.PublishIncidentEventsPort;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.IncidentReportedV1;
import io.frontline.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * Maps domain events to the integration contracts of {@code incidents.events} and writes them to the
 * outbox. Only what consumers need leaves the service: no description, no reporter, no perpetrator
 * description; the perpetrator as a subject key only.
 */
@ApplicationScoped
class IncidentEventsOutbox implements PublishIncidentEventsPort {
    @Inject
    OutboxWriter outbox;

    @Override
    public void publish(IncidentEvent event) {
        if (event instanceof IncidentReported reported) {
            Incident i = reported.incident();
            outbox.append(Topics.INCIDENTS, IncidentEventTypes.REPORTED_V1, i.id().toString(),
                    new IncidentReportedV1(i.id().toString(), i.reference().value(), i.siteId(),
                            i.types().stream().map(t -> wire(t.name())).toList(), wire(i.severity().name()),
                            wire(i.source().name()),
                            i.perpetrator().flatMap(Perpetrator::key).map(SubjectKey::value).orElse(null),
                            i.occurredAt(), i.reportedAt()));
        } else {
            throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
        }
    }

    /** Enum names on the wire are lower-case with dashes: VERBAL_ABUSE → verbal-abuse. */
    static String wire(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
