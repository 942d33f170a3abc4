package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.ComplaintEvent;

/** Publishes complaint events to the other services, in the transaction of the change they report. */
public interface PublishComplaintEventsPort {
    void publish(ComplaintEvent event);
}
