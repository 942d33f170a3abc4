package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.DeliveryStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds delivery records. */
public interface DeliveryPort {
    /** Whether a delivery with this key, recipient and channel exists already. */
    boolean exists(String deliveryKey, String recipientId, Channel channel);

    void save(Delivery delivery);

    /** Ids of deliveries due for an attempt at {@code now}, oldest first. */
    List<UUID> dueIds(Instant now, int limit);

    /** The delivery, locked for this transaction, unless another sender holds it. */
    Optional<Delivery> lock(UUID id);

    /** Held deliveries whose quiet hours have ended by {@code now}. */
    List<Delivery> heldDue(Instant now, int limit);

    /** Held deliveries of one recipient and channel, locked for this transaction (others' locks skipped). */
    List<Delivery> lockHeld(String recipientId, Channel channel, Instant now);

    List<Delivery> find(DeliveryStatus status, UUID eventId, int limit);
}
