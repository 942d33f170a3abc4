package io.frontline.notification.application.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How a failed send is retried: after {@code initialDelay}, then each delay {@code factor} times the
 * previous, until {@code maxAttempts} attempts have failed; then the delivery has failed for good.
 */
public record RetryPolicy(Duration initialDelay, double factor, int maxAttempts) {
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        if (factor < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs factor >= 1 and at least one attempt");
        }
    }

    /** The wait after the given number of failed attempts (1 → the initial delay). */
    public Duration delayAfter(int failedAttempts) {
        double millis = initialDelay.toMillis() * Math.pow(factor, Math.max(0, failedAttempts - 1));
        return Duration.ofMillis((long) Math.min(millis, Duration.ofDays(1).toMillis()));
    }
}
