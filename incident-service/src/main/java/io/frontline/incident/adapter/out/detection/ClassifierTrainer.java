package io.frontline.incident.adapter.out.detection;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.frontline.incident.application.domain.model.ClassifierFeatures;
import io.frontline.incident.application.domain.model.LanguageClassifier;
import io.frontline.incident.application.domain.model.LinearRuleModel;
import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.PhraseLexicon;
import io.frontline.incident.application.domain.model.SparseVector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains live detection's classifier (issue 15) during the build: per language, one L2-regularised logistic
 * regression per language rule (one against the rest, liblinear), over {@link ClassifierFeatures} of the labelled
 * corpus. Each rule's default classifier threshold is chosen by cross-validation within the training data (the
 * utterances of one author — or, with one author, of one set — held out together): the lowest probability from
 * which the patterns and the classifier together keep their out-of-fold precision at the target on every higher
 * threshold too. Run by Maven at {@code process-classes}:
 * {@code ClassifierTrainer <corpus folder> <output folder>} writes {@code classifier-<language>.txt} there.
 * {@code DetectionCorpusTest} uses the same {@link #train} on its cross-validation folds.
 */
final class ClassifierTrainer {
    /** The weight from which the patterns alone count, as the shipped default threshold (3). */
    static final int PATTERN_THRESHOLD = 3;
    /**
     * The classifier thresholds the cross-validation chooses from: never below 0.3. Lower thresholds looked as good on
     * the corpus, whose utterances are mostly cases of a rule, but suggest rules on ordinary talk, which is most of a
     * real call; on the pooled writer folds the floor cost 0.03–0.05 of threat recall and gained 0.03–0.06 precision.
     */
    private static final double[] GRID = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    /**
     * The threat rules may go down to 0.25: a missed threat costs more than a suggestion to dismiss, and on the pooled
     * writer folds the suggestions kept a precision of 0.93 or more with it (see the service's README).
     */
    private static final double[] THREAT_GRID = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8,
            0.85, 0.9, 0.95};
    /** Folds of the cross-validation within the training data that chooses the thresholds (authors kept whole). */
    private static final int INNER_FOLDS = 4;

    /**
     * @param cost             liblinear's C: how little the weights are held back (higher fits the data closer)
     * @param positiveWeight   how much more a missed case of the rule costs than a false one
     * @param precisionTarget  the out-of-fold precision a rule's classifier threshold must keep (rules other than threats)
     * @param threatPrecisionTarget the same for the threat rules (threatening language, stalking, exposure threat)
     */
    record Options(double cost, double positiveWeight, double precisionTarget, double threatPrecisionTarget) {
        /**
         * Chosen on the pooled leave-one-author-out figures of the thirteen writer folds (DetectionCorpusTest,
         * ClassifierTuning; see the service's README): C 30 and a positive weight of 3; a precision target of 0.75 for
         * every rule, where the thresholds sit at their floors (0.25 for the threat rules, 0.3 for the others). With the
         * negation rule (LiveDetection.heldFromClassifier) it meets threat recall 0.90–0.93 and suggestion precision
         * 0.94–0.95 in every language.
         */
        static final Options DEFAULT = new Options(30.0, 3.0, 0.75, 0.75);
    }

    /** An utterance ready for training: its features, labels, what the patterns alone found, and its fold group. */
    /** {@code heldBack}: the rules the classifier may not suggest here (found by the patterns only under a negation). */
    record Example(SparseVector features, int words, Set<LiveRule> labels, Set<LiveRule> patternHits,
                   Set<LiveRule> heldBack, String group) {
    }

    private ClassifierTrainer() {
    }

    static List<LiveRule> rules() {
        return Arrays.stream(LiveRule.values()).filter(LiveRule::isLanguageRule).toList();
    }

    /** Reads each utterance with the language's lexicon once: features and pattern hits. */
    static List<Example> prepare(String language, PhraseLexicon lexicon, List<LabelledCorpus.Utterance> utterances) {
        boolean byAuthor = utterances.stream().map(LabelledCorpus.Utterance::author).distinct().count() > 1;
        List<Example> examples = new ArrayList<>(utterances.size());
        for (LabelledCorpus.Utterance u : utterances) {
            PhraseLexicon.Reading reading = lexicon.read(u.text());
            Map<LiveRule, Integer> scores = lexicon.scores(reading);
            Set<LiveRule> hits = EnumSet.noneOf(LiveRule.class);
            scores.forEach((rule, score) -> {
                if (score >= PATTERN_THRESHOLD) {
                    hits.add(rule);
                }
            });
            examples.add(new Example(ClassifierFeatures.of(language, lexicon, reading, scores), reading.words().size(),
                    u.labels(), hits, LiveDetection.heldFromClassifier(scores.keySet(), lexicon.negatedOnly(reading)),
                    byAuthor ? u.author() : u.set()));
        }
        return examples;
    }

    /** The classifier of a language: thresholds by cross-validation within the examples, then weights from all. */
    static LanguageClassifier train(String language, List<Example> examples, Options options) {
        return withThresholds(language, fitAll(examples, options), thresholds(examples, outOfFold(examples, options), options));
    }

    /** Every rule's weights from all the examples (the threshold still to be chosen). */
    static Map<LiveRule, LinearRuleModel> fitAll(List<Example> examples, Options options) {
        Map<LiveRule, LinearRuleModel> models = new EnumMap<>(LiveRule.class);
        for (LiveRule rule : rules()) {
            models.put(rule, fit(rule, examples, options, 0.5));
        }
        return models;
    }

    /** The fitted models with the chosen thresholds. */
    static LanguageClassifier withThresholds(String language, Map<LiveRule, LinearRuleModel> fitted,
                                             Map<LiveRule, Double> thresholds) {
        Map<LiveRule, LinearRuleModel> models = new EnumMap<>(LiveRule.class);
        fitted.forEach((rule, m) -> models.put(rule,
                new LinearRuleModel(rule, m.indices(), m.weights(), m.bias(), thresholds.get(rule))));
        return new LanguageClassifier(language, models);
    }

    /** Per rule, the out-of-fold probability of every example (its group held out of the training). */
    static Map<LiveRule, double[]> outOfFold(List<Example> examples, Options options) {
        List<String> groups = examples.stream().map(Example::group).distinct().sorted().toList();
        int[] fold = new int[examples.size()];
        int folds;
        if (groups.size() > 1) {
            // Authors are never split across folds; with many authors they share INNER_FOLDS folds (each author in
            // one), so choosing thresholds costs INNER_FOLDS fits a rule, not one per author.
            folds = Math.min(groups.size(), INNER_FOLDS);
            for (int i = 0; i < fold.length; i++) {
                fold[i] = groups.indexOf(examples.get(i).group()) % folds;
            }
        } else {
            folds = 5;
            for (int i = 0; i < fold.length; i++) {
                fold[i] = i % folds;
            }
        }
        Map<LiveRule, double[]> probabilities = new EnumMap<>(LiveRule.class);
        rules().forEach(r -> probabilities.put(r, new double[examples.size()]));
        for (int f = 0; f < folds; f++) {
            List<Example> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    held.add(i);
                } else {
                    training.add(examples.get(i));
                }
            }
            Map<LiveRule, LinearRuleModel> models = new EnumMap<>(LiveRule.class);
            for (LiveRule rule : rules()) {
                models.put(rule, fit(rule, training, options, 0.5));
            }
            LanguageClassifier classifier = new LanguageClassifier("fold", models);
            for (int i : held) {
                Example e = examples.get(i);
                classifier.probabilities(e.features(), e.words()).forEach((rule, p) -> probabilities.get(rule)[i] = p);
            }
        }
        return probabilities;
    }

    /** Per rule, the lowest threshold of the grid from which the out-of-fold precision keeps the rule's target. */
    static Map<LiveRule, Double> thresholds(List<Example> examples, Map<LiveRule, double[]> probabilities,
                                            Options options) {
        Map<LiveRule, Double> thresholds = new EnumMap<>(LiveRule.class);
        for (LiveRule rule : rules()) {
            double[] p = probabilities.get(rule);
            double target = rule.isThreat() ? options.threatPrecisionTarget() : options.precisionTarget();
            double[] grid = rule.isThreat() ? THREAT_GRID : GRID;
            double chosen = grid[grid.length - 1];
            for (int g = grid.length - 1; g >= 0; g--) {
                if (precision(rule, examples, p, grid[g]) < target) {
                    break;
                }
                chosen = grid[g];
            }
            thresholds.put(rule, chosen);
        }
        return thresholds;
    }

    private static double precision(LiveRule rule, List<Example> examples, double[] p, double threshold) {
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < p.length; i++) {
            Example e = examples.get(i);
            if (e.patternHits().contains(rule) || p[i] >= threshold && !e.heldBack().contains(rule)) {
                if (e.labels().contains(rule)) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** One rule's logistic regression on the examples (liblinear, L2-regularised, the bias as a feature). */
    static LinearRuleModel fit(LiveRule rule, List<Example> examples, Options options, double threshold) {
        long positives = examples.stream().filter(e -> e.labels().contains(rule)).count();
        if (positives == 0 || positives == examples.size()) {
            return new LinearRuleModel(rule, new int[0], new double[0], positives == 0 ? -10 : 10, threshold);
        }
        // the hashed indices seen in training, numbered 1.. for liblinear; the bias is the last feature
        TreeMap<Integer, Integer> compact = new TreeMap<>();
        for (Example e : examples) {
            for (int index : e.features().indices()) {
                compact.putIfAbsent(index, 0);
            }
        }
        int[] hashed = new int[compact.size()];
        int n = 0;
        for (Map.Entry<Integer, Integer> e : compact.entrySet()) {
            hashed[n] = e.getKey();
            e.setValue(++n);
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = n + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            SparseVector v = examples.get(i).features();
            Feature[] x = new Feature[v.size() + 1];
            for (int k = 0; k < v.size(); k++) {
                x[k] = new FeatureNode(compact.get(v.indices()[k]), v.values()[k]);
            }
            x[v.size()] = new FeatureNode(n + 1, 1.0);
            problem.x[i] = x;
            problem.y[i] = examples.get(i).labels().contains(rule) ? 1 : 0;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, options.cost(), 0.01);
        parameter.setWeights(new double[]{options.positiveWeight(), 1.0}, new int[]{1, 0});
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            weights[k] = sign * w[k];
        }
        return new LinearRuleModel(rule, hashed, weights, sign * w[n], threshold);
    }

    /** The build's training: {@code <corpus folder> <output folder>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ClassifierTrainer <corpus folder> <output folder>");
        }
        Path corpus = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        for (String language : LabelledCorpus.LANGUAGES) {
            long started = System.nanoTime();
            List<LabelledCorpus.Utterance> utterances = LabelledCorpus.read(corpus, language);
            PhraseLexicon lexicon = DetectionRulesProducer.lexicon(language, Optional.empty());
            LanguageClassifier classifier = train(language, prepare(language, lexicon, utterances), Options.DEFAULT);
            Map<String, Long> perAuthor = new LinkedHashMap<>();
            utterances.forEach(u -> perAuthor.merge(u.author(), 1L, Long::sum));
            Map<String, String> thresholds = new TreeMap<>();
            classifier.models().forEach((rule, m) -> thresholds.put(rule.wireName(), String.valueOf(m.defaultThreshold())));
            List<String> lines = ClassifierModelFile.format(classifier, List.of(
                    "Live detection's classifier for " + language + ", trained by the build (ClassifierTrainer) on "
                            + utterances.size() + " labelled utterances of " + perAuthor + " (src/detection-corpus).",
                    "Logistic regression (liblinear L2R_LR, C " + Options.DEFAULT.cost() + ", positive weight "
                            + Options.DEFAULT.positiveWeight() + "), thresholds for out-of-fold precision "
                            + Options.DEFAULT.precisionTarget() + " (threat rules " + Options.DEFAULT.threatPrecisionTarget()
                            + "): " + thresholds));
            Files.write(output.resolve("classifier-" + language + ".txt"), lines, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "[classifier] %s: %d utterances, thresholds %s, trained in %d ms%n", language,
                    utterances.size(), thresholds, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }
}
