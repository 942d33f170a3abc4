package io.frontline.notification.application.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A delivery taken by one sender for one attempt (issue 15): locked (SKIP LOCKED), found still due and leased until
 * {@code leaseUntil} — no other sender or replica takes it before then — in a short transaction of its own, so that no
 * database connection or row lock is held while the SMTP server, webhook or gateway answers. {@code trace} is the
 * stored trace context of the work that created it (opaque here), which the send continues; {@code recipient} the
 * person of the directory it goes to, read in the claim's transaction (empty for a complainant or customer, whose
 * address is asked from its owner at send time, and for a person no longer in the directory).
 */
public record ClaimedDelivery(Delivery delivery, Instant leaseUntil, String trace, Optional<Recipient> recipient) {
    public ClaimedDelivery {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(recipient, "recipient");
    }

    public ClaimedDelivery(Delivery delivery, Instant leaseUntil, String trace) {
        this(delivery, leaseUntil, trace, Optional.empty());
    }

    public ClaimedDelivery to(Optional<Recipient> person) {
        return new ClaimedDelivery(delivery, leaseUntil, trace, person);
    }
}
