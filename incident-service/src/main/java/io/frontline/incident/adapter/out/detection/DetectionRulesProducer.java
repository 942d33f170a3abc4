package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.CrossSitePattern;
import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.LiveDetectionSettings;
import io.frontline.incident.application.domain.model.PatternThresholds;
import io.frontline.incident.application.domain.model.WeightedTerm;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The detection rules with their configured thresholds, and the weighted word lists of live detection
 * read from {@code detection/terms-<language>.txt} on the class path.
 */
@Singleton
class DetectionRulesProducer {
    static final List<String> LANGUAGES = List.of("nl", "en", "ja");

    @ConfigProperty(name = "frontline.pattern.reports", defaultValue = "3")
    int patternReports;
    @ConfigProperty(name = "frontline.pattern.sites", defaultValue = "2")
    int patternSites;
    @ConfigProperty(name = "frontline.pattern.window", defaultValue = "P30D")
    Duration patternWindow;
    @ConfigProperty(name = "frontline.live-detection.language-threshold", defaultValue = "3")
    int languageThreshold;
    @ConfigProperty(name = "frontline.live-detection.max-call-length", defaultValue = "PT30M")
    Duration maxCallLength;
    @ConfigProperty(name = "frontline.live-detection.repeated-calls", defaultValue = "5")
    int repeatedCalls;
    @ConfigProperty(name = "frontline.live-detection.repeated-calls-window", defaultValue = "PT24H")
    Duration repeatedCallsWindow;

    @Produces
    @Singleton
    CrossSitePattern crossSitePattern() {
        return new CrossSitePattern(new PatternThresholds(patternReports, patternSites, patternWindow));
    }

    @Produces
    @Singleton
    LiveDetection liveDetection() {
        Map<String, List<WeightedTerm>> terms = new HashMap<>();
        for (String language : LANGUAGES) {
            terms.put(language, WeightedTerm.parse(lines("detection/terms-" + language + ".txt")));
        }
        return new LiveDetection(terms, new LiveDetectionSettings(languageThreshold, maxCallLength, repeatedCalls,
                repeatedCallsWindow));
    }

    static List<String> lines(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
