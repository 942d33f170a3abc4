package io.frontline.incident.adapter.in.messaging;

import io.frontline.incident.application.port.in.ReportFlaggedComplaintCommand;
import io.frontline.incident.application.port.in.ReportFlaggedComplaintUseCase;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.MalformedEventException;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.complaint.ComplaintHarassmentConfirmedV1;
import io.frontline.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code complaints.events}: a complaint confirmed abusive in its manner (seed 000) becomes an
 * incident with source complaint flag, linked to the complaint, exactly once (inbox plus a unique
 * complaint reference).
 */
@ApplicationScoped
class ComplaintEventsConsumer {
    static final String CHANNEL = "complaints-in";
    static final String CONSUMER = "incident-service.complaint-flags";
    private static final Logger LOG = Logger.getLogger(ComplaintEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    ReportFlaggedComplaintUseCase flaggedComplaints;

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (!ComplaintEventTypes.HARASSMENT_CONFIRMED_V1.equals(event.type())) {
            LOG.debugf("Ignoring %s %s", event.type(), event.id());
            return;
        }
        ReportFlaggedComplaintCommand command = toCommand(event);
        inbox.handleOnce(CONSUMER, event, () -> flaggedComplaints.reportFlaggedComplaint(command));
    }

    static ReportFlaggedComplaintCommand toCommand(EventEnvelope event) {
        ComplaintHarassmentConfirmedV1 data = EventCodec.data(event, ComplaintHarassmentConfirmedV1.class);
        try {
            return new ReportFlaggedComplaintCommand(data.reference(), data.siteId(),
                    data.complainantSubjectKey() == null ? null : new SubjectKey(data.complainantSubjectKey()),
                    data.indicators(), data.reason(), data.confirmedAt());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has invalid data: "
                    + e.getMessage(), e);
        }
    }
}
