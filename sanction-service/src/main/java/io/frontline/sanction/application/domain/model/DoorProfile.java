package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What staff at the entrance need to recognise the person a measure is about (issue 20): a free description and a
 * few structured fields — height, build, hair, clothing, distinguishing marks. There is deliberately no field for
 * ethnicity, religion, health or sexual orientation; the description is checked against a reminder list
 * ({@link ReminderWords}) that warns, without claiming to catch everything.
 */
public record DoorProfile(UUID measureId, String description, String height, String build, String hair,
                          String clothing, String distinguishingMarks, String updatedBy, Instant updatedAt) {
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_FIELD = 200;

    public DoorProfile {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        description = limited("description", description, MAX_DESCRIPTION);
        height = limited("height", height, MAX_FIELD);
        build = limited("build", build, MAX_FIELD);
        hair = limited("hair", hair, MAX_FIELD);
        clothing = limited("clothing", clothing, MAX_FIELD);
        distinguishingMarks = limited("distinguishingMarks", distinguishingMarks, MAX_FIELD);
        if (description == null && height == null && build == null && hair == null && clothing == null
                && distinguishingMarks == null) {
            throw new RuleViolation("description", "A door profile describes the person in at least one field");
        }
    }

    /** All the free text, for the reminder list. */
    public String allText() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {description, height, build, hair, clothing, distinguishingMarks}) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        return text.toString();
    }

    private static String limited(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new RuleViolation(field, "At most " + max + " characters");
        }
        return trimmed;
    }
}
