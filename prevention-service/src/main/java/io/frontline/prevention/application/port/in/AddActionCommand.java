package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An action item a review decides: what, who owns it, by when. */
public record AddActionCommand(Actor actor, UUID reviewId, String text, String owner, LocalDate dueOn) {
    public AddActionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reviewId, "reviewId");
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "Say what is to be done");
        }
        if (owner == null || owner.isBlank()) {
            throw new RuleViolation("owner", "Name who owns the action");
        }
        if (dueOn == null) {
            throw new RuleViolation("dueOn", "Give a due date");
        }
    }
}
