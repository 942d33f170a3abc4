package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.adapter.out.detection.DetectionCorpus.Evaluation;
import io.frontline.incident.application.domain.model.LanguageClassifier;
import io.frontline.incident.application.domain.model.PhraseLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tuning by hand, on pooled cross-validation figures only (never on single sentences): the leave-one-group-out
 * figures of {@link DetectionCorpusTest} for trainer options given as arguments — cost, positive weight, precision
 * target — pooled over the writer folds (over every fold when there are no writers yet). Not a test.
 */
public final class ClassifierTuning {
    private ClassifierTuning() {
    }

    public static void main(String[] args) {
        java.util.Map<String, List<ClassifierTrainer.Example>> prepared = new java.util.LinkedHashMap<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            PhraseLexicon lexicon = DetectionRulesProducer.lexicon(language, Optional.empty());
            prepared.put(language, ClassifierTrainer.prepare(language, lexicon, DetectionCorpus.read(language)));
        }
        for (int a = 0; a + 2 < args.length; a += 3) {
            run(prepared, new ClassifierTrainer.Options(Double.parseDouble(args[a]), Double.parseDouble(args[a + 1]),
                    Double.parseDouble(args[a + 2])));
        }
    }

    private static void run(java.util.Map<String, List<ClassifierTrainer.Example>> prepared, ClassifierTrainer.Options options) {
        List<Evaluation> both = new ArrayList<>();
        List<Evaluation> alone = new ArrayList<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            List<ClassifierTrainer.Example> examples = prepared.get(language);
            List<String> groups = examples.stream().map(ClassifierTrainer.Example::group).distinct().sorted().toList();
            boolean writers = groups.stream().anyMatch(g -> g.matches("w[1-9]\\d*"));
            Evaluation pooled = Evaluation.empty(language);
            Evaluation pooledPatterns = Evaluation.empty(language);
            for (String group : groups) {
                if (writers && !group.matches("w[1-9]\\d*")) {
                    continue;
                }
                LanguageClassifier classifier = ClassifierTrainer.train(language,
                        examples.stream().filter(e -> !e.group().equals(group)).toList(), options);
                List<ClassifierTrainer.Example> held = examples.stream().filter(e -> e.group().equals(group)).toList();
                pooled = pooled.plus(DetectionCorpus.evaluate(language, held, classifier, true));
                pooledPatterns = pooledPatterns.plus(DetectionCorpus.evaluate(language, held, classifier, false));
            }
            both.add(pooled);
            alone.add(pooledPatterns);
        }
        System.out.printf(Locale.ROOT, "options %s%n", options);
        System.out.println(DetectionCorpus.table(both, "patterns + classifier, pooled"));
        if (System.getProperty("alone") != null) {
            System.out.println(DetectionCorpus.table(alone, "patterns alone, pooled"));
        }
    }
}
