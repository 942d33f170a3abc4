package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.LanguageClassifier;
import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.LiveDetectionSettings;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.PhraseLexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The labelled corpus of live detection ({@code src/detection-corpus}, see {@link LabelledCorpus}) and how to score
 * detection on it: precision and recall per category, for the threats together and overall.
 */
final class DetectionCorpus {
    static final List<String> LANGUAGES = LabelledCorpus.LANGUAGES;
    static final List<LiveRule> CATEGORIES = List.of(LiveRule.THREATENING_LANGUAGE, LiveRule.STALKING,
            LiveRule.EXPOSURE_THREAT, LiveRule.HUMILIATING_DEMAND, LiveRule.DISCRIMINATION, LiveRule.ABUSIVE_LANGUAGE);

    private DetectionCorpus() {
    }

    record Count(int truePositives, int falsePositives, int falseNegatives) {
        static final Count NONE = new Count(0, 0, 0);

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        Count plus(Count other) {
            return new Count(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        Count tally(boolean expected, boolean found) {
            return plus(new Count(expected && found ? 1 : 0, found && !expected ? 1 : 0, expected && !found ? 1 : 0));
        }
    }

    /**
     * Per category; the threats together (any threat rule on an utterance labelled with any threat); the suggestion —
     * per utterance, detection suggests an incident (any rule fires) and the utterance is harassment (any label), as
     * a supervisor meets it: one suggestion, the rules as its reasons; and {@link #overall()}, the strict
     * micro-average over (utterance, category) pairs, where a threat also flagged as an insult is a false suggestion.
     */
    record Evaluation(String language, int utterances, Map<LiveRule, Count> perCategory, Count threats,
                      Count suggestions) {
        static Evaluation empty(String language) {
            Map<LiveRule, Count> perCategory = new EnumMap<>(LiveRule.class);
            CATEGORIES.forEach(c -> perCategory.put(c, Count.NONE));
            return new Evaluation(language, 0, perCategory, Count.NONE, Count.NONE);
        }

        Evaluation add(Set<LiveRule> labels, Set<LiveRule> found) {
            Map<LiveRule, Count> counts = new EnumMap<>(perCategory);
            for (LiveRule c : CATEGORIES) {
                counts.put(c, counts.get(c).tally(labels.contains(c), found.contains(c)));
            }
            return new Evaluation(language, utterances + 1, counts, threats.tally(
                    labels.stream().anyMatch(LiveRule::isThreat), found.stream().anyMatch(LiveRule::isThreat)),
                    suggestions.tally(!labels.isEmpty(), !found.isEmpty()));
        }

        Evaluation plus(Evaluation other) {
            Map<LiveRule, Count> counts = new EnumMap<>(perCategory);
            other.perCategory.forEach((c, n) -> counts.merge(c, n, Count::plus));
            return new Evaluation(language, utterances + other.utterances, counts, threats.plus(other.threats),
                    suggestions.plus(other.suggestions));
        }

        Count overall() {
            return perCategory.values().stream().reduce(Count.NONE, Count::plus);
        }
    }

    /** The folder of the labelled sets, from the service's folder (tests) or the project's (the benchmark). */
    static Path folder() {
        for (Path candidate : List.of(Path.of("src/detection-corpus"), Path.of("incident-service/src/detection-corpus"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no src/detection-corpus here");
    }

    static List<LabelledCorpus.Utterance> read(String language) {
        return LabelledCorpus.read(folder(), language);
    }

    /** Live detection as the service runs it: the shipped lexicons and the classifier the build trained. */
    static LiveDetection shippedDetection() {
        Map<String, PhraseLexicon> lexicons = new HashMap<>();
        Map<String, LanguageClassifier> classifiers = new HashMap<>();
        for (String language : LANGUAGES) {
            lexicons.put(language, DetectionRulesProducer.lexicon(language, Optional.empty()));
            classifiers.put(language, DetectionRulesProducer.classifier(language));
        }
        return new LiveDetection(lexicons, classifiers,
                new LiveDetectionSettings(3, Duration.ofMinutes(30), 5, Duration.ofHours(24)));
    }

    /**
     * Scores prepared utterances against a classifier trained without them: by the patterns alone, or by the patterns
     * and the classifier (a rule fires when either reaches its threshold).
     */
    static Evaluation evaluate(String language, List<ClassifierTrainer.Example> examples, LanguageClassifier classifier,
                               boolean withClassifier) {
        Evaluation evaluation = Evaluation.empty(language);
        for (ClassifierTrainer.Example e : examples) {
            Set<LiveRule> found = EnumSet.noneOf(LiveRule.class);
            found.addAll(e.patternHits());
            if (withClassifier) {
                classifier.probabilities(e.features(), e.words()).forEach((rule, p) -> {
                    if (p >= classifier.models().get(rule).defaultThreshold() && !e.heldBack().contains(rule)) {
                        found.add(rule);
                    }
                });
            }
            evaluation = evaluation.add(e.labels(), found);
        }
        return evaluation;
    }

    /** The table for the README: precision / recall per language and category. */
    static String table(List<Evaluation> evaluations, String title) {
        StringBuilder out = new StringBuilder("| " + title + " | utterances |");
        for (LiveRule c : CATEGORIES) {
            out.append(' ').append(c.wireName()).append(" |");
        }
        out.append(" threats (any) | suggestion | overall (strict micro) |\n|---|---|");
        out.append("---|".repeat(CATEGORIES.size() + 3)).append('\n');
        for (Evaluation e : evaluations) {
            out.append("| ").append(e.language()).append(" | ").append(e.utterances()).append(" |");
            for (LiveRule c : CATEGORIES) {
                out.append(' ').append(cell(e.perCategory().get(c))).append(" |");
            }
            out.append(' ').append(cell(e.threats())).append(" | ").append(cell(e.suggestions())).append(" | ")
                    .append(cell(e.overall())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(Count c) {
        return String.format(Locale.ROOT, "%.2f / %.2f", c.precision(), c.recall());
    }
}
