package io.frontline.incident.application.domain.model;

import java.time.Duration;

/**
 * Thresholds of live detection: the weight of matched terms one segment needs to count as abusive or
 * threatening, the call length past which a call is excessive (default 30 minutes), and how many calls
 * from one subject within a window are too many (default 5 in 24 hours).
 */
public record LiveDetectionSettings(int languageThreshold, Duration maxCallLength, int repeatedCalls,
                                    Duration repeatedCallsWindow) {
    public LiveDetectionSettings {
        if (languageThreshold < 1 || repeatedCalls < 1 || maxCallLength == null || repeatedCallsWindow == null) {
            throw new IllegalArgumentException("live detection thresholds must be positive");
        }
    }
}
