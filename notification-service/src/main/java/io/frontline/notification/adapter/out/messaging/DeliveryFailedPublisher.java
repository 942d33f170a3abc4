package io.frontline.notification.adapter.out.messaging;

import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.port.out.PublishDeliveryFailedPort;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.notification.DeliveryFailedV1;
import io.frontline.platform.events.notification.NotificationEventTypes;
import io.frontline.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/** {@code frontline.notification.delivery-failed.v1} on {@code notifications.events}, through the outbox; keyed by delivery id. */
@ApplicationScoped
class DeliveryFailedPublisher implements PublishDeliveryFailedPort {
    @Inject
    OutboxWriter outbox;

    @Override
    public void deliveryFailed(Delivery delivery, Instant failedAt) {
        outbox.append(Topics.NOTIFICATIONS, NotificationEventTypes.DELIVERY_FAILED_V1, delivery.id().toString(),
                new DeliveryFailedV1(delivery.id().toString(), delivery.deliveryKey(),
                        delivery.notice().eventId().toString(), delivery.notice().eventType(), delivery.recipientId(),
                        delivery.channel().code(), delivery.attempts(), failedAt));
    }
}
