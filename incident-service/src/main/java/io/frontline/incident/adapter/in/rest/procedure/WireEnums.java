package io.frontline.incident.adapter.in.rest.procedure;

import io.frontline.platform.domain.WireName;
import io.frontline.platform.domain.RuleViolation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Enums on the wire are lower-case with dashes: knowingly-false ↔ KNOWINGLY_FALSE. */
final class WireEnums {
    private WireEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String wire, String field) {
        if (wire == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, WireName.toConstant(wire.strip()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "Unknown value '" + wire + "'; one of "
                    + Arrays.stream(type.getEnumConstants()).map(WireEnums::wire).collect(Collectors.joining(", ")));
        }
    }

    static String wire(Enum<?> value) {
        return value == null ? null : WireName.fromConstant(value.name());
    }
}
