package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.domain.model.DueDelivery;
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

    /**
     * Deliveries of one lane due for an attempt at {@code now}: critical before high, then the longest waiting
     * first.
     */
    List<DueDelivery> due(Instant now, DeliveryLane lane, int limit);

    /** How many routine deliveries the recipient was given on the channel since {@code since} (grouping). */
    long routineSince(String recipientId, Channel channel, Instant since);

    /** When the recipient's held deliveries on the channel go out next, if any are held. */
    Optional<Instant> heldUntil(String recipientId, Channel channel);

    /** The delivery, locked for this transaction, unless another sender holds it. */
    Optional<Delivery> lock(UUID id);

    /** Held deliveries whose quiet hours have ended by {@code now}. */
    List<Delivery> heldDue(Instant now, int limit);

    /** Held deliveries of one recipient and channel, locked for this transaction (others' locks skipped). */
    List<Delivery> lockHeld(String recipientId, Channel channel, Instant now);

    List<Delivery> find(DeliveryStatus status, UUID eventId, int limit);
}
