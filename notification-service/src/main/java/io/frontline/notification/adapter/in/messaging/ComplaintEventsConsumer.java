package io.frontline.notification.adapter.in.messaging;

import io.frontline.notification.application.port.in.NotifyComplaintReceivedCommand;
import io.frontline.notification.application.port.in.NotifyComplaintReceivedUseCase;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.MalformedEventException;
import io.frontline.platform.events.complaint.ComplaintReceivedV1;
import io.frontline.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code complaints.events}. Each event is handled once (the platform inbox records its id in
 * the handling's transaction); a record that is not an event goes to the dead-letter topic at once,
 * one that keeps failing after the bounded retries follows it, and the partition moves on.
 */
@ApplicationScoped
class ComplaintEventsConsumer {
    static final String CHANNEL = "complaints-in";
    static final String CONSUMER = "notification-service";
    private static final Logger LOG = Logger.getLogger(ComplaintEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    NotifyComplaintReceivedUseCase notifyComplaintReceived;

    /**
     * No transaction here: it lives in {@code Inbox.handleOnce}, so every retry runs in a fresh one.
     * When the retries are spent the exception nacks the record and the connector's dead-letter
     * strategy writes it to {@code complaints.events.dlq} with the reason in its headers. (@Retry does
     * apply to an @Incoming method: the connector calls it through the bean's CDI proxy, so the
     * fault-tolerance interceptor runs; its retries show in the ft_retry_retries_total metric.)
     */
    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (ComplaintEventTypes.RECEIVED_V1.equals(event.type())) {
            ComplaintReceivedV1 data = EventCodec.data(event, ComplaintReceivedV1.class);
            NotifyComplaintReceivedCommand command = new NotifyComplaintReceivedCommand(event.id(), event.type(),
                    data.complaintId(), data.reference(), data.siteId(), data.responseDue());
            handleOnce(event, () -> notifyComplaintReceived.notifyComplaintReceived(command));
        } else {
            // Not (yet) a reason to notify anyone; recorded, so a redelivery is recognised too.
            handleOnce(event, () -> { });
        }
    }

    private void handleOnce(EventEnvelope event, Runnable handling) {
        if (!inbox.handleOnce(CONSUMER, event, handling)) {
            LOG.debugf("Event %s (%s) was handled before; skipped", event.id(), event.type());
        }
    }
}
