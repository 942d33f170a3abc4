package io.frontline.complaint.application.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The running clock of a complaint's substantive answer (seed 002). It starts at receipt (or at a reopening),
 * lasts {@code length} — up to the end of the due day at the site — and pauses while the complaint waits for
 * the complainant: the due moment moves by every paused stretch. Pauses are measured on the site's clock
 * ({@code paused} is wall-clock time in {@code zone}), so a pause of seven days moves the end of the due day by
 * seven days, to local midnight again, even across a daylight-saving change.
 */
public record ResponseTerm(Instant startedAt, Duration length, Duration paused, Instant pausedSince, ZoneId zone) {
    public ResponseTerm {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(paused, "paused");
        Objects.requireNonNull(zone, "zone");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a response term has a positive length");
        }
    }

    /** A fresh term that ends at the end of {@code dueDate} at the site. */
    public static ResponseTerm until(Instant startedAt, LocalDate dueDate, ZoneId zone) {
        Instant end = dueDate.plusDays(1).atStartOfDay(zone).toInstant();
        return new ResponseTerm(startedAt, Duration.between(startedAt, end), Duration.ZERO, null, zone);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    /** The moment the answer is overdue, with the pauses so far (an ongoing pause counted up to now). */
    public Instant dueAt(Instant now) {
        Duration ongoing = isPaused() ? wallClock(pausedSince, now) : Duration.ZERO;
        return moved(paused.plus(ongoing));
    }

    /** The due moment as it stands, an ongoing pause not yet counted. */
    public Instant dueAt() {
        return moved(paused);
    }

    /** The end of the unpaused term, moved by {@code pauses} on the site's clock. */
    private Instant moved(Duration pauses) {
        return startedAt.plus(length).atZone(zone).toLocalDateTime().plus(pauses).atZone(zone).toInstant();
    }

    /** How long the site's clock moved from {@code from} to {@code to} (an hour more or less than elapsed at a clock change). */
    private Duration wallClock(Instant from, Instant to) {
        return Duration.between(from.atZone(zone).toLocalDateTime(), to.atZone(zone).toLocalDateTime());
    }

    /** The last day on which the answer is in time. */
    public LocalDate dueDate() {
        return dueAt().minusNanos(1).atZone(zone).toLocalDate();
    }

    public ResponseTerm pause(Instant now) {
        return isPaused() ? this : new ResponseTerm(startedAt, length, paused, now, zone);
    }

    public ResponseTerm resume(Instant now) {
        if (!isPaused()) {
            return this;
        }
        return new ResponseTerm(startedAt, length, paused.plus(wallClock(pausedSince, now)), null, zone);
    }

    /** Share of the term used so far, paused time excluded: 0 at the start, 1 at the due moment. */
    public double usedShare(Instant now) {
        Duration ongoing = isPaused() ? Duration.between(pausedSince, now) : Duration.ZERO;
        Duration used = Duration.between(startedAt, now).minus(paused).minus(ongoing);
        return (double) used.toMillis() / length.toMillis();
    }
}
