package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.ClassifierFeatures;
import io.frontline.incident.application.domain.model.LanguageClassifier;
import io.frontline.incident.application.domain.model.LinearRuleModel;
import io.frontline.incident.application.domain.model.LiveRule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A language's trained classifier as a text file ({@code detection/classifier-<language>.txt} in the service's
 * jar, written by {@link ClassifierTrainer} during the build):
 * <pre>
 * # comments
 * features words-chars-lexicon-v1
 * rule threatening-language bias -2.31 threshold 0.45 weights 18234
 * 17 0.0123
 * ...                                 one line per feature: its hashed index and weight, indices ascending
 * </pre>
 * A file for other features than the service extracts, or without a rule, is refused.
 */
final class ClassifierModelFile {
    private ClassifierModelFile() {
    }

    static LanguageClassifier parse(String language, List<String> lines) {
        Map<LiveRule, LinearRuleModel> models = new EnumMap<>(LiveRule.class);
        String features = null;
        int at = 0;
        while (at < lines.size()) {
            String line = lines.get(at++).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts[0].equals("features")) {
                features = parts[1];
                if (!ClassifierFeatures.VERSION.equals(features)) {
                    throw new IllegalStateException("the classifier of " + language + " was trained on features "
                            + features + ", the service extracts " + ClassifierFeatures.VERSION);
                }
                continue;
            }
            if (!parts[0].equals("rule") || parts.length != 8) {
                throw new IllegalStateException("classifier of " + language + ", line " + at + ": not a rule header");
            }
            LiveRule rule = LiveRule.ofWireName(parts[1]);
            double bias = Double.parseDouble(parts[3]);
            double threshold = Double.parseDouble(parts[5]);
            int n = Integer.parseInt(parts[7]);
            int[] indices = new int[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                String weight = lines.get(at++);
                int space = weight.indexOf(' ');
                indices[i] = Integer.parseInt(weight, 0, space, 10);
                weights[i] = Double.parseDouble(weight.substring(space + 1));
            }
            models.put(rule, new LinearRuleModel(rule, indices, weights, bias, threshold));
        }
        if (features == null) {
            throw new IllegalStateException("the classifier of " + language + " does not name its features");
        }
        return new LanguageClassifier(language, models);
    }

    static List<String> format(LanguageClassifier classifier, List<String> comments) {
        List<String> lines = new ArrayList<>();
        comments.forEach(c -> lines.add("# " + c));
        lines.add("features " + ClassifierFeatures.VERSION);
        classifier.models().values().stream().sorted(java.util.Comparator.comparing(LinearRuleModel::rule)).forEach(m -> {
            lines.add(String.format(Locale.ROOT, "rule %s bias %s threshold %s weights %d", m.rule().wireName(),
                    m.bias(), m.defaultThreshold(), m.indices().length));
            for (int i = 0; i < m.indices().length; i++) {
                lines.add(m.indices()[i] + " " + (float) m.weights()[i]);
            }
        });
        return lines;
    }
}
