package io.frontline.prevention.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An improvement a review decides (a manual, a training, a layout), with an owner and a due date, tracked to done. */
public record ActionItem(UUID id, UUID reviewId, String text, String owner, LocalDate dueOn, Instant doneAt,
                         String doneBy) {
    public ActionItem {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "An action item says what is to be done");
        }
        if (owner == null || owner.isBlank()) {
            throw new RuleViolation("owner", "An action item has an owner");
        }
        if (dueOn == null) {
            throw new RuleViolation("dueOn", "An action item has a due date");
        }
    }

    public ActionItem done(String by, Instant at) {
        if (doneAt != null) {
            throw new IllegalTransition("action item", "done", "done again");
        }
        return new ActionItem(id, reviewId, text, owner, dueOn, at, by);
    }

    public boolean overdueOn(LocalDate day) {
        return doneAt == null && day.isAfter(dueOn);
    }
}
