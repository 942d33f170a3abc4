package io.frontline.complaint.application.domain.model;

import java.util.regex.Pattern;

/** The human reference a complainant quotes, {@code CMP-2026-000123}: year of receipt and a number. */
public record ComplaintReference(String value) {
    private static final Pattern FORMAT = Pattern.compile("CMP-\\d{4}-\\d{6}");

    public ComplaintReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a complaint reference: " + value);
        }
    }

    public static ComplaintReference of(int year, long number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("reference number out of range: " + number);
        }
        return new ComplaintReference(String.format("CMP-%04d-%06d", year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
