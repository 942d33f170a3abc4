package io.frontline.platform.domain;

import java.util.Locale;

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
}
