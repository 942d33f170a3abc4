package io.frontline.prevention.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A training course with its refresh interval: a person's attendance counts until the attendance date plus the
 * interval; whoever never attended is due on {@code requiredFrom}. Realistic scenarios are listed with the course.
 */
public record Course(UUID id, String name, Audience audience, Period refreshInterval, LocalDate requiredFrom,
                     List<String> scenarios, String createdBy, Instant createdAt) {
    public Course {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "A course needs a name");
        }
        Objects.requireNonNull(audience, "audience");
        if (refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new RuleViolation("refreshInterval", "The refresh interval must be a positive period such as P1Y");
        }
        Objects.requireNonNull(requiredFrom, "requiredFrom");
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /** The day by which the person must have (re)attended: due through that day, overdue from the next. */
    public LocalDate dueOn(LocalDate lastAttended) {
        return lastAttended == null ? requiredFrom : lastAttended.plus(refreshInterval);
    }
}
