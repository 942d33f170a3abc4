package io.frontline.prevention.adapter.in.messaging;

import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.MalformedEventException;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.complaint.ComplaintReceivedV1;
import io.frontline.platform.inbox.Inbox;
import io.frontline.prevention.application.port.in.RecordIncidentFactsUseCase;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Reads {@code complaints.events}: a received complaint counts in its site's review figures (id, site and time only;
 * nothing of the complainant). Other complaint events are skipped. Handled once (the platform inbox).
 */
@ApplicationScoped
class ComplaintEventsConsumer {
    static final String CHANNEL = "complaints-in";

    @Inject
    Inbox inbox;

    @Inject
    RecordIncidentFactsUseCase facts;

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (!ComplaintEventTypes.RECEIVED_V1.equals(event.type())) {
            return;
        }
        ComplaintReceivedV1 d = EventCodec.data(event, ComplaintReceivedV1.class);
        UUID id;
        try {
            id = UUID.fromString(d.complaintId());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has invalid data", e);
        }
        inbox.handleOnce(IncidentEventsConsumer.CONSUMER, event, () -> facts.complaintReceived(id, d.siteId(), d.receivedAt()));
    }
}
