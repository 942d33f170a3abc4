package io.frontline.prevention.adapter.in.messaging;

import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.MalformedEventException;
import io.frontline.platform.events.incident.CareTaskOverdueV1;
import io.frontline.platform.events.incident.IncidentClosedV1;
import io.frontline.platform.events.incident.IncidentConfirmedV1;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.incident.IncidentReportedV1;
import io.frontline.platform.events.incident.IncidentUnfoundedV1;
import io.frontline.platform.inbox.Inbox;
import io.frontline.prevention.application.port.in.RecordIncidentFactsUseCase;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Reads {@code incidents.events} for what reviews and the compliance report count: reported, decided (confirmed or
 * unfounded), a victim-care task late, closed with its prevention note. The perpetrator's subject key and every
 * other field are dropped at once. Decoded and mapped before anything is written: a record that cannot be is
 * malformed and goes to {@code incidents.events.dlq}. Each event is handled once (the platform inbox).
 */
@ApplicationScoped
class IncidentEventsConsumer {
    static final String CHANNEL = "incidents-in";
    static final String CONSUMER = "prevention-service";
    private static final Logger LOG = Logger.getLogger(IncidentEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    RecordIncidentFactsUseCase facts;

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String record) {
        EventEnvelope event = EventCodec.decode(record);
        Runnable handling = handling(event);
        if (handling == null) {
            LOG.debugf("Ignoring %s %s", event.type(), event.id());
            return;
        }
        inbox.handleOnce(CONSUMER, event, handling);
    }

    private Runnable handling(EventEnvelope event) {
        try {
            switch (event.type()) {
                case IncidentEventTypes.REPORTED_V1 -> {
                    IncidentReportedV1 d = EventCodec.data(event, IncidentReportedV1.class);
                    UUID id = UUID.fromString(d.incidentId());
                    return () -> facts.reported(id, d.siteId(), d.types(), d.severity(), d.reportedAt());
                }
                case IncidentEventTypes.CONFIRMED_V1 -> {
                    IncidentConfirmedV1 d = EventCodec.data(event, IncidentConfirmedV1.class);
                    UUID id = UUID.fromString(d.incidentId());
                    return () -> facts.decided(id, d.siteId(), "confirmed", d.types(), d.severity(), d.confirmedAt());
                }
                case IncidentEventTypes.UNFOUNDED_V1 -> {
                    IncidentUnfoundedV1 d = EventCodec.data(event, IncidentUnfoundedV1.class);
                    UUID id = UUID.fromString(d.incidentId());
                    return () -> facts.decided(id, d.siteId(), "unfounded", List.of(), null, d.decidedAt());
                }
                case IncidentEventTypes.CARE_TASK_OVERDUE_V1 -> {
                    CareTaskOverdueV1 d = EventCodec.data(event, CareTaskOverdueV1.class);
                    UUID id = UUID.fromString(d.incidentId());
                    return () -> facts.careLate(id, d.siteId());
                }
                case IncidentEventTypes.CLOSED_V1 -> {
                    IncidentClosedV1 d = EventCodec.data(event, IncidentClosedV1.class);
                    UUID id = UUID.fromString(d.incidentId());
                    return () -> facts.closed(id, d.siteId(), d.outcome(), d.recurrencePreventionNote(), d.closedAt());
                }
                default -> {
                    return null;
                }
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has invalid data: " + e.getMessage(), e);
        }
    }
}
