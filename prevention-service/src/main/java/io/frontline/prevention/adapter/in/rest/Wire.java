package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.WireName;

import java.time.Period;
import java.time.format.DateTimeParseException;

/** Values on the wire: enum names in kebab case, ISO-8601 periods. */
final class Wire {
    private Wire() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : WireName.parse(type, value, field);
    }

    static String of(Enum<?> value) {
        return value == null ? null : WireName.of(value);
    }

    static Period period(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Period.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "An ISO-8601 period such as P1Y or P6M");
        }
    }
}
