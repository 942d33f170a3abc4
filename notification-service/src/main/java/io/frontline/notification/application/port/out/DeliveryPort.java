package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.ClaimedDelivery;
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

    /**
     * The delivery, locked (others' locks skipped) and, when it is due at {@code now}, leased to this sender until
     * {@code leaseUntil}: not due for anybody else before then. Empty when another sender holds it or it is not due.
     */
    Optional<ClaimedDelivery> claim(UUID id, Instant now, Instant leaseUntil);

    /**
     * The claimed delivery again, locked to record how its attempt went; empty when the lease was lost meanwhile
     * (it ran out and another sender took the delivery).
     */
    Optional<Delivery> lockClaimed(UUID id, Instant leaseUntil);

    /** What this transaction does next (the send) continues the trace the claimed delivery was created in. */
    void continueTrace(String trace);

    /** Held deliveries whose quiet hours have ended by {@code now}. */
    List<Delivery> heldDue(Instant now, int limit);

    /** Held deliveries of one recipient and channel, locked for this transaction (others' locks skipped). */
    List<Delivery> lockHeld(String recipientId, Channel channel, Instant now);

    List<Delivery> find(DeliveryStatus status, UUID eventId, int limit);
}
