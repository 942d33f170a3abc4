package io.frontline.complaint.application.domain.model;

import io.frontline.platform.domain.BusinessCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the substantive answer is due: {@code days} after the day of receipt at the site, counted in calendar
 * days or in the site's business days (seed 002; the chain's default is 14 calendar days).
 */
public record ResponseDeadline(int days, boolean businessDays) {
    public ResponseDeadline {
        if (days < 1) {
            throw new IllegalArgumentException("a response term is at least one day");
        }
    }

    public ResponseDeadline(int days) {
        this(days, false);
    }

    public LocalDate dueFor(Instant receivedAt, ZoneId siteZone) {
        return dueFor(receivedAt, siteZone, BusinessCalendar.MONDAY_TO_FRIDAY);
    }

    public LocalDate dueFor(Instant receivedAt, ZoneId siteZone, BusinessCalendar calendar) {
        LocalDate day = receivedAt.atZone(siteZone).toLocalDate();
        return businessDays ? calendar.plusBusinessDays(day, days) : day.plusDays(days);
    }

    public ResponseTerm termFrom(Instant start, ZoneId siteZone, BusinessCalendar calendar) {
        return ResponseTerm.until(start, dueFor(start, siteZone, calendar), siteZone);
    }
}
