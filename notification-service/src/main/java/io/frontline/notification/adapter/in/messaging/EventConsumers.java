package io.frontline.notification.adapter.in.messaging;

import io.frontline.notification.application.port.in.RouteEventCommand;
import io.frontline.notification.application.port.in.RouteEventUseCase;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.MalformedEventException;
import io.frontline.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Consumes {@code complaints.events}, {@code incidents.events} (incidents and the internal procedure),
 * {@code sanctions.events} and {@code prevention.events}. Each event is handled once (the platform inbox records its id in the routing's
 * transaction); a record that is not an event goes to the topic's dead-letter topic at once, one that
 * keeps failing after the bounded retries follows it, and the partition moves on.
 *
 * <p>No transaction here: it lives in {@code Inbox.handleOnce}, so every retry runs in a fresh one. When
 * the retries are spent the exception nacks the record and the connector's dead-letter strategy writes it
 * to {@code <topic>.dlq} with the reason in its headers. (@Retry applies to an @Incoming method: the
 * connector calls it through the bean's CDI proxy; its retries show in the ft_retry_retries_total metric.)
 */
@ApplicationScoped
class EventConsumers {
    static final String COMPLAINTS = "complaints-in";
    static final String INCIDENTS = "incidents-in";
    static final String SANCTIONS = "sanctions-in";
    static final String PREVENTION = "prevention-in";
    static final String CONSUMER = "notification-service";
    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    @Inject
    Inbox inbox;

    @Inject
    RouteEventUseCase routing;

    @Incoming(COMPLAINTS)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consumeComplaintEvent(String record) {
        handle(record);
    }

    @Incoming(INCIDENTS)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consumeIncidentEvent(String record) {
        handle(record);
    }

    @Incoming(SANCTIONS)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consumeSanctionEvent(String record) {
        handle(record);
    }

    @Incoming(PREVENTION)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consumePreventionEvent(String record) {
        handle(record);
    }

    private void handle(String record) {
        EventEnvelope event = EventCodec.decode(record);
        Optional<RouteEventCommand> command = EventFacts.read(event);
        // A type without a contract here is recorded all the same, so a redelivery is recognised too.
        Runnable handling = command.<Runnable>map(c -> () -> routing.route(c)).orElse(() -> { });
        if (!inbox.handleOnce(CONSUMER, event, handling)) {
            LOG.debugf("Event %s (%s) was handled before; skipped", event.id(), event.type());
        }
    }
}
