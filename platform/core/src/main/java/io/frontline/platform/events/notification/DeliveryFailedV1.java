package io.frontline.platform.events.notification;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.notification.delivery-failed.v1} on {@code notifications.events}: a notification could not
 * be delivered after its last retry. Names the recipient by directory id (or {@code complainant:<complaintId>})
 * and the channel only, never an e-mail address or webhook URL; {@code eventId} is the event it was about.
 */
public record DeliveryFailedV1(String deliveryId, String deliveryKey, String eventId, String eventType,
                               String recipientId, String channel, int attempts, Instant failedAt)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(deliveryKey, "deliveryKey");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
