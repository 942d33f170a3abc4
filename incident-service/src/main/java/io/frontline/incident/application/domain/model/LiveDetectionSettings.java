package io.frontline.incident.application.domain.model;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Thresholds of live detection: the summed pattern weight one segment needs to count for a language rule
 * (default 3, and per rule where a chain sets its own), the call length past which a call is excessive
 * (default 30 minutes), and how many calls from one subject within a window are too many (default 5 in
 * 24 hours); and a chain's own classifier thresholds per rule (the probability from which the trained classifier
 * suggests the rule; without one, the default the training chose per language).
 */
public record LiveDetectionSettings(int languageThreshold, Duration maxCallLength, int repeatedCalls,
                                    Duration repeatedCallsWindow, Map<LiveRule, Integer> ruleThresholds,
                                    Map<LiveRule, Double> classifierThresholds) {
    public LiveDetectionSettings {
        if (languageThreshold < 1 || repeatedCalls < 1 || maxCallLength == null || repeatedCallsWindow == null) {
            throw new IllegalArgumentException("live detection thresholds must be positive");
        }
        ruleThresholds = ruleThresholds == null || ruleThresholds.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(ruleThresholds));
        if (ruleThresholds.values().stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("live detection thresholds must be positive");
        }
        classifierThresholds = classifierThresholds == null || classifierThresholds.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(classifierThresholds));
        for (Map.Entry<LiveRule, Double> e : classifierThresholds.entrySet()) {
            if (!e.getKey().isLanguageRule() || !(e.getValue() > 0 && e.getValue() <= 1)) {
                throw new IllegalArgumentException("a classifier threshold is a probability above 0 and at most 1, "
                        + "for a rule decided by words: " + e.getKey().wireName());
            }
        }
    }

    public LiveDetectionSettings(int languageThreshold, Duration maxCallLength, int repeatedCalls,
                                 Duration repeatedCallsWindow) {
        this(languageThreshold, maxCallLength, repeatedCalls, repeatedCallsWindow, Map.of(), Map.of());
    }

    /** The weight a segment needs for this language rule. */
    public int threshold(LiveRule rule) {
        return ruleThresholds.getOrDefault(rule, languageThreshold);
    }
}
