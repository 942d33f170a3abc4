package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.CrossSitePattern;
import io.frontline.incident.application.domain.model.LanguageClassifier;
import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.LiveDetectionSettings;
import io.frontline.incident.application.domain.model.PatternThresholds;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.PhraseLexicon;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;

/**
 * The detection rules with their configured thresholds, and the phrase lexicons of live detection
 * read from {@code detection/lexicon-<language>.txt} on the class path, or a chain's own from
 * {@code frontline.live-detection.lexicon-dir}, with the classifier the build trained beside them.
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
    /** A chain's own thresholds per rule, e.g. {@code stalking=2,abusive-language=4}. */
    @ConfigProperty(name = "frontline.live-detection.rule-thresholds")
    Optional<String> ruleThresholds;
    /**
     * A chain's own classifier thresholds per rule, e.g. {@code stalking=0.7}: the probability from which the trained
     * classifier suggests the rule (in every language); a rule without one keeps the default chosen at training.
     */
    @ConfigProperty(name = "frontline.live-detection.classifier-thresholds")
    Optional<String> classifierThresholds;
    /** A folder with a chain's own {@code lexicon-<language>.txt}; the shipped lexicon where it has none. */
    @ConfigProperty(name = "frontline.live-detection.lexicon-dir")
    Optional<String> lexiconDir;

    @Produces
    @Singleton
    CrossSitePattern crossSitePattern() {
        return new CrossSitePattern(new PatternThresholds(patternReports, patternSites, patternWindow));
    }

    @Produces
    @Singleton
    LiveDetection liveDetection() {
        Map<String, PhraseLexicon> lexicons = new HashMap<>();
        Map<String, LanguageClassifier> classifiers = new HashMap<>();
        for (String language : LANGUAGES) {
            lexicons.put(language, lexicon(language, lexiconDir));
            classifiers.put(language, classifier(language));
        }
        return new LiveDetection(lexicons, classifiers, new LiveDetectionSettings(languageThreshold, maxCallLength,
                repeatedCalls, repeatedCallsWindow, thresholds(ruleThresholds.orElse("")),
                classifierThresholds(classifierThresholds.orElse(""))));
    }

    /**
     * The classifier the build trained for a language ({@code detection/classifier-<language>.txt} in the jar). There
     * is no running without it: a service that would silently screen on patterns alone would miss what it promises
     * to catch, so a missing or unreadable model stops the start.
     */
    static LanguageClassifier classifier(String language) {
        String resource = "detection/classifier-" + language + ".txt";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("live detection's trained classifier " + resource + " is missing: "
                        + "the build trains it (process-classes); the service does not run on patterns alone");
            }
            return ClassifierModelFile.parse(language,
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<LiveRule, Double> classifierThresholds(String spec) {
        Map<LiveRule, Double> thresholds = new EnumMap<>(LiveRule.class);
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("a classifier threshold is <rule>=<probability>: " + pair);
            }
            thresholds.put(LiveRule.ofWireName(kv[0].strip()), Double.parseDouble(kv[1].strip()));
        }
        return thresholds;
    }

    /** The chain's lexicon of a language from the folder when it has one, else the shipped one. */
    static PhraseLexicon lexicon(String language, Optional<String> folder) {
        String name = "lexicon-" + language + ".txt";
        List<String> lines;
        Path own = folder.map(f -> Path.of(f, name)).filter(Files::isRegularFile).orElse(null);
        try {
            lines = own != null ? Files.readAllLines(own, StandardCharsets.UTF_8) : lines("detection/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PhraseLexicon.parse(lines, LuceneTokeniser.forLanguage(language));
    }

    static Map<LiveRule, Integer> thresholds(String spec) {
        Map<LiveRule, Integer> thresholds = new EnumMap<>(LiveRule.class);
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("a rule threshold is <rule>=<weight>: " + pair);
            }
            thresholds.put(LiveRule.ofWireName(kv[0].strip()), Integer.parseInt(kv[1].strip()));
        }
        return thresholds;
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
