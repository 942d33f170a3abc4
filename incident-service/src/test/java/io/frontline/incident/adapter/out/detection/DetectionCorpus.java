package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.LiveDetectionSettings;
import io.frontline.incident.application.domain.model.LiveRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The labelled corpus of live detection ({@code src/test/resources/detection/corpus/<language>.tsv}) and
 * how well the shipped lexicons do on it. Every third utterance (the 3rd, 6th, ...) is held out: the
 * lexicons were written against the others. Two more sets: {@code -later} (written after the first lexicons,
 * then used to broaden them) and {@code -unseen} (written after the last change, never used to change them).
 */
final class DetectionCorpus {
    static final List<String> LANGUAGES = List.of("nl", "en", "ja");
    static final List<LiveRule> CATEGORIES = List.of(LiveRule.THREATENING_LANGUAGE, LiveRule.STALKING,
            LiveRule.EXPOSURE_THREAT, LiveRule.HUMILIATING_DEMAND, LiveRule.DISCRIMINATION, LiveRule.ABUSIVE_LANGUAGE);

    record Utterance(int line, boolean heldOut, Set<LiveRule> labels, String kind, String text) {
    }

    record Count(int truePositives, int falsePositives, int falseNegatives) {
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
    }

    /** Per category, the threats together (any threat rule on an utterance labelled with any threat), and all categories. */
    record Evaluation(String language, int utterances, Map<LiveRule, Count> perCategory, Count threats, Count overall,
                      List<String> mistakes) {
    }

    static LiveDetection shippedDetection() {
        Map<String, io.frontline.incident.application.domain.model.PhraseLexicon> lexicons = new java.util.HashMap<>();
        for (String language : LANGUAGES) {
            lexicons.put(language, DetectionRulesProducer.lexicon(language, Optional.empty()));
        }
        return new LiveDetection(lexicons, new LiveDetectionSettings(3, Duration.ofMinutes(30), 5, Duration.ofHours(24)));
    }

    static List<Utterance> read(String language) {
        return read(language, "");
    }

    /** A set of the corpus: {@code ""} the main one, {@code "-later"} or {@code "-unseen"} (see their headers). */
    static List<Utterance> read(String language, String set) {
        String resource = "detection/corpus/" + language + set + ".tsv";
        try (InputStream in = DetectionCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Utterance> utterances = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            int index = 0;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                Set<LiveRule> labels = EnumSet.noneOf(LiveRule.class);
                if (!parts[0].equals("-")) {
                    for (String code : parts[0].split(",")) {
                        labels.add(category(code.strip()));
                    }
                }
                index++;
                utterances.add(new Utterance(i + 1, index % 3 == 0, labels, parts[1], parts[2].strip()));
            }
            return utterances;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LiveRule category(String code) {
        return switch (code) {
            case "T" -> LiveRule.THREATENING_LANGUAGE;
            case "S" -> LiveRule.STALKING;
            case "E" -> LiveRule.EXPOSURE_THREAT;
            case "H" -> LiveRule.HUMILIATING_DEMAND;
            case "D" -> LiveRule.DISCRIMINATION;
            case "A" -> LiveRule.ABUSIVE_LANGUAGE;
            default -> throw new IllegalArgumentException("unknown label " + code);
        };
    }

    /** Scores the utterances' words as if the caller spoke them (the agent's lines included: the words decide). */
    static Evaluation evaluate(LiveDetection detection, String language, List<Utterance> utterances) {
        Map<LiveRule, int[]> counts = new EnumMap<>(LiveRule.class);
        CATEGORIES.forEach(c -> counts.put(c, new int[3]));
        int[] threats = new int[3];
        List<String> mistakes = new ArrayList<>();
        for (Utterance u : utterances) {
            Set<LiveRule> found = detection.languageRulesHitBy(u.text(), language);
            for (LiveRule category : CATEGORIES) {
                tally(counts.get(category), u.labels().contains(category), found.contains(category));
            }
            tally(threats, u.labels().stream().anyMatch(LiveRule::isThreat), found.stream().anyMatch(LiveRule::isThreat));
            if (!found.equals(u.labels())) {
                mistakes.add((u.heldOut() ? "held-out " : "") + language + ":" + u.line() + " expected " + u.labels()
                        + " found " + found + " " + detection.languageScores(u.text(), language) + " — " + u.text());
            }
        }
        Map<LiveRule, Count> perCategory = new EnumMap<>(LiveRule.class);
        Count overall = new Count(0, 0, 0);
        for (LiveRule category : CATEGORIES) {
            int[] c = counts.get(category);
            perCategory.put(category, new Count(c[0], c[1], c[2]));
            overall = overall.plus(perCategory.get(category));
        }
        return new Evaluation(language, utterances.size(), perCategory, new Count(threats[0], threats[1], threats[2]),
                overall, mistakes);
    }

    private static void tally(int[] count, boolean expected, boolean found) {
        if (expected && found) {
            count[0]++;
        } else if (found) {
            count[1]++;
        } else if (expected) {
            count[2]++;
        }
    }

    /** The table for the README: precision / recall per language and category. */
    static String table(List<Evaluation> evaluations, String title) {
        StringBuilder out = new StringBuilder("| " + title + " | utterances |");
        for (LiveRule c : CATEGORIES) {
            out.append(' ').append(c.wireName()).append(" |");
        }
        out.append(" threats (any) | overall |\n|---|---|");
        out.append("---|".repeat(CATEGORIES.size() + 2)).append('\n');
        for (Evaluation e : evaluations) {
            out.append("| ").append(e.language()).append(" | ").append(e.utterances()).append(" |");
            for (LiveRule c : CATEGORIES) {
                out.append(' ').append(cell(e.perCategory().get(c))).append(" |");
            }
            out.append(' ').append(cell(e.threats())).append(" | ").append(cell(e.overall())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(Count c) {
        return String.format(java.util.Locale.ROOT, "%.2f / %.2f", c.precision(), c.recall());
    }
}
