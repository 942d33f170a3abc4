package io.frontline.notification.application.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The local hours in which a person does not want to be disturbed by low or medium news, e.g. 22:00–07:00.
 * A range may run past midnight. Such news waits and comes as one digest when the hours end.
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours need a start different from their end");
        }
    }

    /** Whether the local time falls inside the quiet hours (start inclusive, end exclusive). */
    public boolean contains(LocalTime time) {
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    public boolean isQuietAt(Instant instant, ZoneId zone) {
        return contains(instant.atZone(zone).toLocalTime());
    }

    /** The first moment at or after {@code instant} at which the quiet hours end, in the person's zone. */
    public Instant nextEndAfter(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate day = local.toLocalDate();
        ZonedDateTime candidate = day.atTime(end).atZone(zone);
        if (candidate.toInstant().isBefore(instant)) {
            candidate = day.plusDays(1).atTime(end).atZone(zone);
        }
        return candidate.toInstant();
    }
}
