package io.frontline.complaint.adapter.out.messaging;

import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintEvent;
import io.frontline.complaint.application.domain.model.ComplaintReceived;
import io.frontline.complaint.application.port.out.PublishComplaintEventsPort;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.complaint.ComplaintReceivedV1;
import io.frontline.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/** Maps domain events to the integration contracts of {@code complaints.events} and writes them to the outbox. */
@ApplicationScoped
class ComplaintEventsOutbox implements PublishComplaintEventsPort {
    @Inject
    OutboxWriter outbox;

    @Override
    public void publish(ComplaintEvent event) {
        if (event instanceof ComplaintReceived received) {
            Complaint c = received.complaint();
            outbox.append(Topics.COMPLAINTS, ComplaintEventTypes.RECEIVED_V1, c.id().toString(),
                    new ComplaintReceivedV1(c.id().toString(), c.reference().value(), c.siteId(),
                            wire(c.channel().name()), wire(c.category().name()), c.receivedAt(), c.responseDue(),
                            c.language()));
        } else {
            throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
        }
    }

    /** Enum names on the wire are lower-case with dashes: STAFF_BEHAVIOUR → staff-behaviour. */
    static String wire(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
