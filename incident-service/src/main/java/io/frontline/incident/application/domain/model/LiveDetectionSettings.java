package io.frontline.incident.application.domain.model;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Thresholds of live detection: the summed pattern weight one segment needs to count for a language rule
 * (default 3, and per rule where a chain sets its own), the call length past which a call is excessive
 * (default 30 minutes), and how many calls from one subject within a window are too many (default 5 in
 * 24 hours).
 */
public record LiveDetectionSettings(int languageThreshold, Duration maxCallLength, int repeatedCalls,
                                    Duration repeatedCallsWindow, Map<LiveRule, Integer> ruleThresholds) {
    public LiveDetectionSettings {
        if (languageThreshold < 1 || repeatedCalls < 1 || maxCallLength == null || repeatedCallsWindow == null) {
            throw new IllegalArgumentException("live detection thresholds must be positive");
        }
        ruleThresholds = ruleThresholds == null || ruleThresholds.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(ruleThresholds));
        if (ruleThresholds.values().stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("live detection thresholds must be positive");
        }
    }

    public LiveDetectionSettings(int languageThreshold, Duration maxCallLength, int repeatedCalls,
                                 Duration repeatedCallsWindow) {
        this(languageThreshold, maxCallLength, repeatedCalls, repeatedCallsWindow, Map.of());
    }

    /** The weight a segment needs for this language rule. */
    public int threshold(LiveRule rule) {
        return ruleThresholds.getOrDefault(rule, languageThreshold);
    }
}
