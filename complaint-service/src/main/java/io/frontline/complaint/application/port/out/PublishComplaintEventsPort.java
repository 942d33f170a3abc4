package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.ComplaintEvent;

import java.util.List;

/** Publishes complaint events to the other services, in the transaction of the change they report. */
public interface PublishComplaintEventsPort {
    void publish(ComplaintEvent event);

    default void publishAll(List<? extends ComplaintEvent> events) {
        events.forEach(this::publish);
    }
}
