package io.frontline.incident.application.domain.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules of live call-center detection (DESIGN.md, "Call-center detection"; seed 003: call-center
 * staff can be the target of serious verbal abuse). For one segment: the caller's words are scored
 * against the phrase lexicon of the segment's language (every lexicon when the language is unknown); the
 * call's length so far against the maximum; the caller's calls in the window against the limit. Which of
 * these already fired for the call is not this class's business: the caller keeps one alert per call and
 * rule. Detection only suggests: a person confirms.
 *
 * <p>Beside the patterns stands a classifier trained at build time on the labelled corpus (issue 15: threats
 * worded in ways nobody wrote patterns for): a language rule fires when its patterns reach their threshold or
 * the classifier's probability reaches the rule's classifier threshold.
 */
public final class LiveDetection {
    private final Map<String, PhraseLexicon> lexicons;
    private final Map<String, LanguageClassifier> classifiers;
    private final LiveDetectionSettings settings;

    /**
     * @param classifiers the trained classifier of every language that has a lexicon: detection does not run on
     *                    patterns alone
     */
    public LiveDetection(Map<String, PhraseLexicon> lexicons, Map<String, LanguageClassifier> classifiers,
                         LiveDetectionSettings settings) {
        this.lexicons = Map.copyOf(lexicons);
        this.classifiers = Map.copyOf(classifiers);
        this.settings = settings;
        for (String language : this.lexicons.keySet()) {
            if (!this.classifiers.containsKey(language)) {
                throw new IllegalArgumentException("no trained classifier for language " + language);
            }
        }
    }

    /** What the patterns and the classifier of one language make of an utterance. */
    public record Assessment(String language, Map<LiveRule, Integer> scores, Map<LiveRule, Double> probabilities,
                             Set<LiveRule> negatedOnly) {
        public Assessment {
            scores = Map.copyOf(scores);
            probabilities = Map.copyOf(probabilities);
            negatedOnly = Set.copyOf(negatedOnly);
        }

        public Assessment(String language, Map<LiveRule, Integer> scores, Map<LiveRule, Double> probabilities) {
            this(language, scores, probabilities, Set.of());
        }

        /** Whether the classifier may suggest this rule: not when the patterns found it only in a negated clause. */
        boolean classifierMaySuggest(LiveRule rule) {
            return !heldFromClassifier(scores.keySet(), negatedOnly).contains(rule);
        }
    }

    /**
     * The rules the classifier may not suggest for an utterance: those the patterns found only in a negated clause
     * ("I would never hurt you"), where the classifier's word features cannot tell "never hurt" from "hurt".
     *
     * @param scored      the rules any pattern matched outside a negation (whatever the weight)
     * @param negatedOnly the rules patterns matched only inside a negated clause
     */
    public static Set<LiveRule> heldFromClassifier(Set<LiveRule> scored, Set<LiveRule> negatedOnly) {
        Set<LiveRule> held = EnumSet.noneOf(LiveRule.class);
        held.addAll(negatedOnly);
        held.removeAll(scored);
        return held;
    }

    /**
     * @param callsOfCallerInWindow calls from the same caller within the repeated-calls window, this one
     *                              included (0 when the caller is unknown)
     */
    public Set<LiveRule> rulesHitBy(TranscriptSegment segment, long callsOfCallerInWindow) {
        Set<LiveRule> hits = EnumSet.noneOf(LiveRule.class);
        if (segment.spokenByCaller()) {
            hits.addAll(languageRulesHitBy(segment.text(), segment.language()));
        }
        if (segment.endOffsetMs() > settings.maxCallLength().toMillis()) {
            hits.add(LiveRule.CALL_LENGTH);
        }
        if (segment.callerSubjectKey() != null && callsOfCallerInWindow >= settings.repeatedCalls()) {
            hits.add(LiveRule.REPEATED_CALLS);
        }
        return hits;
    }

    /**
     * The language rules these words hit: a rule's summed pattern weight reaches its threshold, or the classifier's
     * probability for it reaches its classifier threshold (in any language's, when the language is unknown).
     */
    public Set<LiveRule> languageRulesHitBy(String text, String language) {
        Set<LiveRule> hits = EnumSet.noneOf(LiveRule.class);
        for (Assessment a : assess(text, language)) {
            hits.addAll(hits(a, true, true));
        }
        return hits;
    }

    /** The rules an assessment hits, by the patterns, the classifier or both (for measuring each alone). */
    public Set<LiveRule> hits(Assessment assessment, boolean byPatterns, boolean byClassifier) {
        Set<LiveRule> hits = EnumSet.noneOf(LiveRule.class);
        if (byPatterns) {
            assessment.scores().forEach((rule, score) -> {
                if (score >= settings.threshold(rule)) {
                    hits.add(rule);
                }
            });
        }
        if (byClassifier) {
            assessment.probabilities().forEach((rule, p) -> {
                double threshold = classifierThreshold(rule, assessment.language());
                if (threshold < 1.0 && p >= threshold // a threshold of 1 leaves the rule to the patterns
                        && assessment.classifierMaySuggest(rule)) {
                    hits.add(rule);
                }
            });
        }
        return hits;
    }

    /** Per language screened (the segment's, or every one when it is unknown): pattern scores and probabilities. */
    public List<Assessment> assess(String text, String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        List<String> chosen = lexicons.containsKey(code) ? List.of(code) : List.copyOf(new TreeSet<>(lexicons.keySet()));
        List<Assessment> assessments = new ArrayList<>(chosen.size());
        for (String each : chosen) {
            PhraseLexicon lexicon = lexicons.get(each);
            PhraseLexicon.Reading reading = lexicon.read(text);
            Map<LiveRule, Integer> scores = lexicon.scores(reading);
            assessments.add(new Assessment(each, scores, classifiers.get(each).probabilities(lexicon, reading, scores),
                    lexicon.negatedOnly(reading)));
        }
        return assessments;
    }

    /** The probability from which the classifier suggests a rule in a language: the chain's own, else the trained default. */
    public double classifierThreshold(LiveRule rule, String language) {
        Double own = settings.classifierThresholds().get(rule);
        return own != null ? own : classifiers.get(language).models().get(rule).defaultThreshold();
    }

    /** The summed weight of the matched patterns per language rule (the highest of all lexicons when the language is unknown). */
    public Map<LiveRule, Integer> languageScores(String text, String language) {
        Map<LiveRule, Integer> scores = new EnumMap<>(LiveRule.class);
        for (Assessment a : assess(text, language)) {
            a.scores().forEach((rule, score) -> scores.merge(rule, score, Math::max));
        }
        return scores;
    }

    public LiveDetectionSettings settings() {
        return settings;
    }

    /** The languages detection screens, each with its lexicon and classifier. */
    public Set<String> languages() {
        return new TreeSet<>(lexicons.keySet());
    }

    /** How many phrase patterns each language's lexicon holds per rule, for the configuration view. */
    public Map<String, Map<LiveRule, Integer>> phrasesPerLanguage() {
        Map<String, Map<LiveRule, Integer>> counts = new TreeMap<>();
        lexicons.forEach((language, lexicon) -> {
            Map<LiveRule, Integer> perRule = new EnumMap<>(LiveRule.class);
            lexicon.patterns().forEach(p -> perRule.merge(p.rule(), 1, Integer::sum));
            counts.put(language, perRule);
        });
        return counts;
    }
}
