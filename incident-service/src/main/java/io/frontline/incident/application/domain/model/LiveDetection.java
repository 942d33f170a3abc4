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
 * against the weighted list of the segment's language (all lists when the language is unknown); the
 * call's length so far against the maximum; the caller's calls in the window against the limit. Which of
 * these already fired for the call is not this class's business: the caller keeps one alert per call and
 * rule.
 */
public final class LiveDetection {
    private final Map<String, List<WeightedTerm>> termsByLanguage;
    private final LiveDetectionSettings settings;

    public LiveDetection(Map<String, List<WeightedTerm>> termsByLanguage, LiveDetectionSettings settings) {
        this.termsByLanguage = Map.copyOf(termsByLanguage);
        this.settings = settings;
    }

    /**
     * @param callsOfCallerInWindow calls from the same caller within the repeated-calls window, this one
     *                              included (0 when the caller is unknown)
     */
    public Set<LiveRule> rulesHitBy(TranscriptSegment segment, long callsOfCallerInWindow) {
        Set<LiveRule> hits = EnumSet.noneOf(LiveRule.class);
        if (segment.spokenByCaller()) {
            languageScores(segment).forEach((rule, score) -> {
                if (score >= settings.languageThreshold()) {
                    hits.add(rule);
                }
            });
        }
        if (segment.endOffsetMs() > settings.maxCallLength().toMillis()) {
            hits.add(LiveRule.CALL_LENGTH);
        }
        if (segment.callerSubjectKey() != null && callsOfCallerInWindow >= settings.repeatedCalls()) {
            hits.add(LiveRule.REPEATED_CALLS);
        }
        return hits;
    }

    /** The summed weight of the matched terms per language rule. */
    public Map<LiveRule, Integer> languageScores(TranscriptSegment segment) {
        String language = segment.language() == null ? "" : segment.language().toLowerCase(Locale.ROOT);
        List<List<WeightedTerm>> lists = termsByLanguage.containsKey(language)
                ? List.of(termsByLanguage.get(language)) : List.copyOf(termsByLanguage.values());
        Map<LiveRule, Integer> scores = new EnumMap<>(LiveRule.class);
        for (List<WeightedTerm> terms : lists) {
            for (WeightedTerm term : terms) {
                if (term.pattern().matcher(segment.text()).find()) {
                    scores.merge(term.rule(), term.weight(), Integer::sum);
                }
            }
        }
        return scores;
    }

    public LiveDetectionSettings settings() {
        return settings;
    }
}
