package io.frontline.platform.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Names on the wire (API bodies, events, configuration) are lower-case with dashes: the enum constant
 * {@code STAFF_BEHAVIOUR} travels as {@code staff-behaviour}. One conversion for every service.
 */
public final class WireName {
    private WireName() {
    }

    /** {@code STAFF_BEHAVIOUR} → {@code staff-behaviour}. */
    public static String fromConstant(String constantName) {
        return constantName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code staff-behaviour} → {@code STAFF_BEHAVIOUR}. */
    public static String toConstant(String wireName) {
        return wireName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The wire name of a constant; null stays null. */
    public static String of(Enum<?> value) {
        return value == null ? null : fromConstant(value.name());
    }

    /**
     * {@code staff-behaviour} → {@code STAFF_BEHAVIOUR} of {@code type}; null or blank is null (the field was not
     * given). Anything else is {@link InvalidValue}: 400 naming the field and the allowed wire names, never the
     * value given.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String wireName, String field) {
        if (wireName == null || wireName.isBlank()) {
            return null;
        }
        String constant = toConstant(wireName.strip());
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(constant)) {
                return value;
            }
        }
        throw new InvalidValue(field, field + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(WireName::of).collect(Collectors.joining(", ")));
    }
}
