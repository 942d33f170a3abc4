package io.frontline.incident.application.domain.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of live call-center detection (DESIGN.md, "Call-center detection"; seed 003: call-center
 * staff can be the target of serious verbal abuse). For one segment: the caller's words are scored
 * against the phrase lexicon of the segment's language (every lexicon when the language is unknown); the
 * call's length so far against the maximum; the caller's calls in the window against the limit. Which of
 * these already fired for the call is not this class's business: the caller keeps one alert per call and
 * rule. Detection only suggests: a person confirms.
 */
public final class LiveDetection {
    private final Map<String, PhraseLexicon> lexicons;
    private final LiveDetectionSettings settings;

    public LiveDetection(Map<String, PhraseLexicon> lexicons, LiveDetectionSettings settings) {
        this.lexicons = Map.copyOf(lexicons);
        this.settings = settings;
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

    /** The language rules whose summed weight in these words reaches their threshold. */
    public Set<LiveRule> languageRulesHitBy(String text, String language) {
        Set<LiveRule> hits = EnumSet.noneOf(LiveRule.class);
        languageScores(text, language).forEach((rule, score) -> {
            if (score >= settings.threshold(rule)) {
                hits.add(rule);
            }
        });
        return hits;
    }

    /** The summed weight of the matched patterns per language rule (the highest of all lexicons when the language is unknown). */
    public Map<LiveRule, Integer> languageScores(String text, String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        List<PhraseLexicon> chosen = lexicons.containsKey(code) ? List.of(lexicons.get(code))
                : List.copyOf(lexicons.values());
        Map<LiveRule, Integer> scores = new EnumMap<>(LiveRule.class);
        for (PhraseLexicon lexicon : chosen) {
            lexicon.scores(text).forEach((rule, score) -> scores.merge(rule, score, Math::max));
        }
        return scores;
    }

    public Map<LiveRule, Integer> languageScores(TranscriptSegment segment) {
        return languageScores(segment.text(), segment.language());
    }

    public LiveDetectionSettings settings() {
        return settings;
    }

    /** How many phrase patterns each language's lexicon holds per rule, for the configuration view. */
    public Map<String, Map<LiveRule, Integer>> phrasesPerLanguage() {
        Map<String, Map<LiveRule, Integer>> counts = new java.util.TreeMap<>();
        lexicons.forEach((language, lexicon) -> {
            Map<LiveRule, Integer> perRule = new java.util.EnumMap<>(LiveRule.class);
            lexicon.patterns().forEach(p -> perRule.merge(p.rule(), 1, Integer::sum));
            counts.put(language, perRule);
        });
        return counts;
    }
}
