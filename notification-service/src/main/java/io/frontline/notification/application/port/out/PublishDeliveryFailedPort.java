package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Delivery;

import java.time.Instant;

/** Tells other services (notifications.events, through the outbox in the caller's transaction) that a delivery failed for good. */
public interface PublishDeliveryFailedPort {
    void deliveryFailed(Delivery delivery, Instant failedAt);
}
