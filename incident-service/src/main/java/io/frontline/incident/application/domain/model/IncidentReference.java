package io.frontline.incident.application.domain.model;

import java.util.regex.Pattern;

/** The human reference staff and managers quote, {@code INC-2026-000042}: year of reporting and a number. */
public record IncidentReference(String value) {
    private static final Pattern FORMAT = Pattern.compile("INC-\\d{4}-\\d{6}");

    public IncidentReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an incident reference: " + value);
        }
    }

    public static IncidentReference of(int year, long number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("reference number out of range: " + number);
        }
        return new IncidentReference(String.format("INC-%04d-%06d", year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
