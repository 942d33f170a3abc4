package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.adapter.out.detection.DetectionCorpus.Count;
import io.frontline.incident.adapter.out.detection.DetectionCorpus.Evaluation;
import io.frontline.incident.application.domain.model.LanguageClassifier;
import io.frontline.incident.application.domain.model.LinearRuleModel;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.PhraseLexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tuning by hand, on pooled cross-validation figures only (never on single sentences): the leave-one-author-out
 * figures of {@link DetectionCorpusTest}, pooled over every writer fold, for the trainer options given as arguments
 * — {@code cost positiveWeight} pairs — and, for each, a sweep of the precision targets of the threshold choice (the
 * threat rules' target and the others'). The weights and out-of-fold probabilities of a fold do not depend on the
 * targets, so they are computed once per fold. Prints one line a setting: per language threats (any), suggestion and
 * strict micro precision / recall. Not a test.
 */
public final class ClassifierTuning {
    private static final double[] TARGETS = {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

    private ClassifierTuning() {
    }

    public static void main(String[] args) {
        Map<String, List<ClassifierTrainer.Example>> prepared = new LinkedHashMap<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            PhraseLexicon lexicon = DetectionRulesProducer.lexicon(language, Optional.empty());
            prepared.put(language, ClassifierTrainer.prepare(language, lexicon, DetectionCorpus.read(language)));
        }
        for (int a = 0; a + 1 < args.length; a += 2) {
            run(prepared, Double.parseDouble(args[a]), Double.parseDouble(args[a + 1]));
        }
    }

    /** One writer fold's training, reusable for every target. */
    private record Fold(List<ClassifierTrainer.Example> training, Map<LiveRule, double[]> outOfFold,
                        Map<LiveRule, LinearRuleModel> fitted, List<ClassifierTrainer.Example> held) {
    }

    private static void run(Map<String, List<ClassifierTrainer.Example>> prepared, double cost, double positiveWeight) {
        ClassifierTrainer.Options base = new ClassifierTrainer.Options(cost, positiveWeight, 0.75, 0.75);
        Map<String, List<Fold>> folds = new LinkedHashMap<>();
        Map<String, Evaluation> alone = new LinkedHashMap<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            List<ClassifierTrainer.Example> examples = prepared.get(language);
            List<String> writers = examples.stream().map(ClassifierTrainer.Example::group).distinct().sorted()
                    .filter(g -> g.matches("w[1-9]\\d*")).toList();
            List<Fold> list = new ArrayList<>();
            Evaluation patterns = Evaluation.empty(language);
            for (String group : writers) {
                List<ClassifierTrainer.Example> training = examples.stream().filter(e -> !e.group().equals(group)).toList();
                List<ClassifierTrainer.Example> held = examples.stream().filter(e -> e.group().equals(group)).toList();
                Fold fold = new Fold(training, ClassifierTrainer.outOfFold(training, base),
                        ClassifierTrainer.fitAll(training, base), held);
                list.add(fold);
                patterns = patterns.plus(DetectionCorpus.evaluate(language, held,
                        ClassifierTrainer.withThresholds(language, fold.fitted(), thresholds(0.5)), false));
            }
            folds.put(language, list);
            alone.put(language, patterns);
        }
        System.out.printf(Locale.ROOT, "C %s, positive weight %s; patterns alone: %s%n", cost, positiveWeight, line(alone));
        for (double threatTarget : TARGETS) {
            for (double target : TARGETS) {
                ClassifierTrainer.Options options = new ClassifierTrainer.Options(cost, positiveWeight, target, threatTarget);
                Map<String, Evaluation> pooled = new LinkedHashMap<>();
                folds.forEach((language, list) -> {
                    Evaluation e = Evaluation.empty(language);
                    for (Fold fold : list) {
                        LanguageClassifier classifier = ClassifierTrainer.withThresholds(language, fold.fitted(),
                                ClassifierTrainer.thresholds(fold.training(), fold.outOfFold(), options));
                        e = e.plus(DetectionCorpus.evaluate(language, fold.held(), classifier, true));
                    }
                    pooled.put(language, e);
                });
                System.out.printf(Locale.ROOT, "threat target %.2f, other target %.2f: %s%n", threatTarget, target, line(pooled));
                if (System.getProperty("tables") != null) {
                    System.out.println(DetectionCorpus.table(List.copyOf(pooled.values()), "patterns + classifier, writers pooled"));
                }
            }
        }
    }

    private static Map<LiveRule, Double> thresholds(double value) {
        Map<LiveRule, Double> thresholds = new java.util.EnumMap<>(LiveRule.class);
        ClassifierTrainer.rules().forEach(r -> thresholds.put(r, value));
        return thresholds;
    }

    private static String line(Map<String, Evaluation> pooled) {
        StringBuilder out = new StringBuilder();
        pooled.forEach((language, e) -> out.append(String.format(Locale.ROOT,
                "%s threats %s suggestion %s strict %s | ", language, cell(e.threats()), cell(e.suggestions()), cell(e.overall()))));
        return out.toString();
    }

    private static String cell(Count c) {
        return String.format(Locale.ROOT, "%.3f/%.3f", c.precision(), c.recall());
    }
}
