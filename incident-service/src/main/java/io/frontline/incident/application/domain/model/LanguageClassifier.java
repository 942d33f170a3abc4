package io.frontline.incident.application.domain.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Live detection's trained classifier of one language: one logistic regression per language rule (one against
 * the rest), over the features {@link ClassifierFeatures} extracts from the lexicon's reading of an utterance.
 * It stands beside the phrase patterns: a rule fires when its patterns reach their threshold or its
 * probability reaches the rule's classifier threshold.
 */
public final class LanguageClassifier {
    private final String language;
    private final Map<LiveRule, LinearRuleModel> models;

    public LanguageClassifier(String language, Map<LiveRule, LinearRuleModel> models) {
        this.language = language;
        this.models = Map.copyOf(new EnumMap<>(models));
        for (LiveRule rule : LiveRule.values()) {
            if (rule.isLanguageRule() && !this.models.containsKey(rule)) {
                throw new IllegalArgumentException("the classifier of " + language + " has no model for " + rule.wireName());
            }
        }
    }

    public String language() {
        return language;
    }

    public Map<LiveRule, LinearRuleModel> models() {
        return models;
    }

    /** The probability per language rule for an utterance read by the language's lexicon. */
    public Map<LiveRule, Double> probabilities(PhraseLexicon lexicon, PhraseLexicon.Reading reading,
                                               Map<LiveRule, Integer> scores) {
        return probabilities(ClassifierFeatures.of(language, lexicon, reading, scores), reading.words().size());
    }

    /**
     * The probability per language rule for an utterance's features and its number of words: 0 for an utterance of
     * fewer than {@link ClassifierFeatures#MIN_WORDS} words, which is left to the patterns.
     */
    public Map<LiveRule, Double> probabilities(SparseVector features, int words) {
        Map<LiveRule, Double> probabilities = new EnumMap<>(LiveRule.class);
        models.forEach((rule, model) -> probabilities.put(rule,
                words < ClassifierFeatures.MIN_WORDS ? 0.0 : model.probability(features)));
        return probabilities;
    }
}
