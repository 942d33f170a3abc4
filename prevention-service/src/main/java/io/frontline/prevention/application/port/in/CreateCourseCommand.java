package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.prevention.application.domain.model.Audience;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/** A course for an audience, repeated every {@code refreshInterval}, required from a date (default: today). */
public record CreateCourseCommand(Actor actor, String name, Audience audience, Period refreshInterval,
                                  LocalDate requiredFrom, List<String> scenarios) {
    public CreateCourseCommand {
        Objects.requireNonNull(actor, "actor");
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "A course needs a name");
        }
        if (audience == null) {
            throw new RuleViolation("audience", "Say whom the course is for");
        }
        if (refreshInterval == null) {
            throw new RuleViolation("refreshInterval", "Say how often the course is repeated, e.g. P1Y");
        }
    }
}
