package io.frontline.platform.retention;

import java.time.Instant;
import java.time.Period;
import java.util.Objects;

/**
 * One kind of stored personal data that retention erases (DESIGN.md: personal data has a retention period after its
 * record ended, then is erased; GDPR: no longer than needed): its name in the log line and the metric, its ISO-8601
 * period, and the service's erasure of what ended before the cutoff.
 */
public record RetentionKind(String name, Period period, Erasure erasure) {
    /** The service's erasure (or anonymisation) of one kind. */
    @FunctionalInterface
    public interface Erasure {
        /**
         * Erases what ended before {@code cutoff} ({@code now} less the kind's period), except what a legal hold keeps;
         * returns how many records.
         */
        int eraseEndedBefore(Instant cutoff, Instant now);
    }

    public RetentionKind {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a retention kind has a name");
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(erasure, "erasure");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the retention period of " + name + " is longer than zero");
        }
    }
}
