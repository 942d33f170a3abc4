package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.DeliveryStatus;

import java.util.List;
import java.util.UUID;

/** Delivery records for administrators: by status and/or event, newest first. */
public interface ReadDeliveriesQuery {
    List<Delivery> deliveries(DeliveryStatus status, UUID eventId);
}
