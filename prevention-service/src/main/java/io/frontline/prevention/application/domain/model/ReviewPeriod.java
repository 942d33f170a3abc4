package io.frontline.prevention.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period a review covers, in whole days of the chain's calendar: from {@code first} through {@code last}.
 * A quarter is written {@code 2026-Q3}.
 */
public record ReviewPeriod(LocalDate first, LocalDate last) {
    public ReviewPeriod {
        if (first == null || last == null || last.isBefore(first)) {
            throw new RuleViolation("period", "A period runs from a first day through a last day, not backwards");
        }
    }

    public static ReviewPeriod quarter(String text) {
        if (text == null || !text.matches("\\d{4}-Q[1-4]")) {
            throw new RuleViolation("period", "A quarter is written like 2026-Q3");
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int quarter = text.charAt(6) - '0';
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReviewPeriod(first, first.plusMonths(3).minusDays(1));
    }

    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return instant != null && !instant.isBefore(start(zone)) && instant.isBefore(end(zone));
    }
}
