package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the substantive answer is due: {@code days} calendar days after the day of receipt at the
 * site (seed 002; the chain's default is 14 days).
 */
public record ResponseDeadline(int days) {
    public ResponseDeadline {
        if (days < 1) {
            throw new IllegalArgumentException("a response term is at least one day");
        }
    }

    public LocalDate dueFor(Instant receivedAt, ZoneId siteZone) {
        return receivedAt.atZone(siteZone).toLocalDate().plusDays(days);
    }
}
