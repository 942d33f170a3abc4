package io.frontline.notification.application.domain.model.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One rung of an escalation policy: who is told, and how long they have to acknowledge before the next
 * level is told.
 *
 * @param who                the responders told together at this level
 * @param acknowledgeWithin  the wait for an acknowledgement before the next level (or round)
 */
public record PolicyLevel(List<Responder> who, Duration acknowledgeWithin) {
    public PolicyLevel {
        who = List.copyOf(who);
        Objects.requireNonNull(acknowledgeWithin, "acknowledgeWithin");
        if (who.isEmpty()) {
            throw new IllegalArgumentException("a level tells somebody");
        }
        if (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()) {
            throw new IllegalArgumentException("a level waits a positive time for an acknowledgement");
        }
    }
}
