package io.frontline.incident.application.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** A word or pattern that counts towards abusive or threatening language, with its weight. */
public record WeightedTerm(LiveRule rule, int weight, Pattern pattern) {
    public WeightedTerm {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pattern, "pattern");
        if (weight < 1) {
            throw new IllegalArgumentException("a term weighs at least 1");
        }
        if (rule != LiveRule.ABUSIVE_LANGUAGE && rule != LiveRule.THREATENING_LANGUAGE) {
            throw new IllegalArgumentException("terms count towards language rules only");
        }
    }

    /**
     * Reads a list, one term a line: {@code <abusive|threat> <weight> <regex>}; blank lines and lines
     * starting with {@code #} are skipped. Matching is case-insensitive.
     */
    public static java.util.List<WeightedTerm> parse(java.util.List<String> lines) {
        java.util.List<WeightedTerm> terms = new java.util.ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException("not a weighted term: " + line);
            }
            LiveRule rule = switch (parts[0]) {
                case "abusive" -> LiveRule.ABUSIVE_LANGUAGE;
                case "threat" -> LiveRule.THREATENING_LANGUAGE;
                default -> throw new IllegalArgumentException("unknown category " + parts[0]);
            };
            terms.add(new WeightedTerm(rule, Integer.parseInt(parts[1]),
                    Pattern.compile(parts[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                            | Pattern.UNICODE_CHARACTER_CLASS)));
        }
        return terms;
    }
}
