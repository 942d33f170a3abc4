package io.frontline.incident.application.domain.model;

import java.util.Arrays;

/**
 * One rule's trained classifier in one language: a logistic regression over {@link ClassifierFeatures} (the weights
 * of the features seen in training, by ascending index, and a bias), with the probability from which it suggests
 * the rule by default — chosen at training by cross-validation for precision.
 */
public record LinearRuleModel(LiveRule rule, int[] indices, double[] weights, double bias, double defaultThreshold) {
    public LinearRuleModel {
        if (!rule.isLanguageRule()) {
            throw new IllegalArgumentException(rule.wireName() + " is not decided by words");
        }
        if (indices.length != weights.length) {
            throw new IllegalArgumentException("a weight per feature");
        }
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("feature indices ascend");
            }
        }
        if (!(defaultThreshold > 0 && defaultThreshold <= 1)) {
            throw new IllegalArgumentException("a classifier threshold is a probability above 0: " + defaultThreshold);
        }
    }

    /** The probability that the utterance with these features is a case of the rule. */
    public double probability(SparseVector features) {
        double z = bias;
        int[] at = features.indices();
        double[] values = features.values();
        for (int i = 0; i < at.length; i++) {
            int k = Arrays.binarySearch(indices, at[i]);
            if (k >= 0) {
                z += weights[k] * values[i];
            }
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearRuleModel m && rule == m.rule && Arrays.equals(indices, m.indices)
                && Arrays.equals(weights, m.weights) && bias == m.bias && defaultThreshold == m.defaultThreshold;
    }

    @Override
    public int hashCode() {
        return rule.hashCode() * 31 + Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return "LinearRuleModel[" + rule.wireName() + ", " + indices.length + " weights, threshold " + defaultThreshold + "]";
    }
}
