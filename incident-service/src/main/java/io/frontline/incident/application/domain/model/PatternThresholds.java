package io.frontline.incident.application.domain.model;

import java.time.Duration;

/**
 * When reports of one subject form a cross-site pattern: at least {@code reports} incidents from at least
 * {@code sites} different sites within {@code window}. Configurable per chain; default 3, 2 and 30 days.
 */
public record PatternThresholds(int reports, int sites, Duration window) {
    public PatternThresholds {
        if (reports < 1 || sites < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("pattern thresholds must be positive");
        }
    }
}
