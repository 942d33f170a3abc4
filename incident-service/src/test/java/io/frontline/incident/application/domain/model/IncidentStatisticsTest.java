package io.frontline.incident.application.domain.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentStatisticsTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void the_90th_percentile_is_the_nearest_rank_and_the_median_of_an_even_count_the_mean_of_the_middle_two() {
        List<Duration> hours = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).stream().map(Duration::ofHours).toList();
        IncidentStatistics.Hours h = IncidentStatistics.hours(hours);
        assertThat(h.count()).isEqualTo(10);
        assertThat(h.median()).isEqualTo(5.5);
        assertThat(h.p90()).isEqualTo(9.0);
        assertThat(IncidentStatistics.hours(List.of()).median()).isNull();
    }

    @Test
    void a_care_task_done_after_its_due_time_or_still_open_past_it_is_not_on_time_and_a_skipped_one_is_not_judged() {
        IncidentStatistics.CareOnTime care = IncidentStatistics.careOnTime(List.of(
                new IncidentStatistics.CareFacts(T0, CareTaskStatus.DONE, T0),
                new IncidentStatistics.CareFacts(T0, CareTaskStatus.DONE, T0.plusSeconds(1)),
                new IncidentStatistics.CareFacts(T0, CareTaskStatus.OPEN, null),
                new IncidentStatistics.CareFacts(T0.plus(Duration.ofDays(3)), CareTaskStatus.OPEN, null),
                new IncidentStatistics.CareFacts(T0, CareTaskStatus.SKIPPED, null)), T0.plus(Duration.ofHours(1)));
        assertThat(care.tasks()).isEqualTo(5);
        assertThat(care.doneOnTime()).isEqualTo(1);
        assertThat(care.doneLate()).isEqualTo(1);
        assertThat(care.overdue()).isEqualTo(1);
        assertThat(care.skipped()).isEqualTo(1);
        assertThat(care.shareOnTime()).isEqualTo(1.0 / 3);
    }

    @Test
    void the_confirm_rate_of_a_rule_is_confirmed_over_decided_and_open_suggestions_do_not_count_against_it() {
        List<IncidentStatistics.DetectionRate> rates = IncidentStatistics.detection(List.of(
                new IncidentStatistics.DetectionFacts(Set.of(LiveRule.THREATENING_LANGUAGE),
                        SuggestedIncidentStatus.CONFIRMED),
                new IncidentStatistics.DetectionFacts(Set.of(LiveRule.THREATENING_LANGUAGE, LiveRule.ABUSIVE_LANGUAGE),
                        SuggestedIncidentStatus.DISMISSED),
                new IncidentStatistics.DetectionFacts(Set.of(LiveRule.THREATENING_LANGUAGE),
                        SuggestedIncidentStatus.OPEN)));
        IncidentStatistics.DetectionRate threat = rates.stream()
                .filter(r -> r.rule().equals("threatening-language")).findFirst().orElseThrow();
        assertThat(threat.suggestions()).isEqualTo(3);
        assertThat(threat.confirmed()).isEqualTo(1);
        assertThat(threat.dismissed()).isEqualTo(1);
        assertThat(threat.open()).isEqualTo(1);
        assertThat(threat.confirmRate()).isEqualTo(0.5);
        IncidentStatistics.DetectionRate abuse = rates.stream()
                .filter(r -> r.rule().equals("abusive-language")).findFirst().orElseThrow();
        assertThat(abuse.confirmRate()).isEqualTo(0.0);
    }

    @Test
    void each_rule_is_also_counted_per_language_of_the_call_and_a_call_without_one_counts_as_unknown() {
        List<IncidentStatistics.LanguageDetectionRate> rates = IncidentStatistics.detectionByLanguage(List.of(
                new IncidentStatistics.DetectionFacts(Set.of(LiveRule.THREATENING_LANGUAGE),
                        SuggestedIncidentStatus.CONFIRMED, "nl"),
                new IncidentStatistics.DetectionFacts(Set.of(LiveRule.THREATENING_LANGUAGE),
                        SuggestedIncidentStatus.DISMISSED, "nl"),
                new IncidentStatistics.DetectionFacts(Set.of(LiveRule.THREATENING_LANGUAGE, LiveRule.ABUSIVE_LANGUAGE),
                        SuggestedIncidentStatus.CONFIRMED, "ja"),
                new IncidentStatistics.DetectionFacts(Set.of(LiveRule.THREATENING_LANGUAGE),
                        SuggestedIncidentStatus.OPEN, null)));
        assertThat(rates).extracting(r -> r.rule() + "/" + r.language()).containsExactly(
                "abusive-language/ja", "threatening-language/ja", "threatening-language/nl",
                "threatening-language/unknown");
        IncidentStatistics.LanguageDetectionRate dutch = rates.get(2);
        assertThat(dutch.suggestions()).isEqualTo(2);
        assertThat(dutch.confirmed()).isEqualTo(1);
        assertThat(dutch.dismissed()).isEqualTo(1);
        assertThat(dutch.confirmRate()).isEqualTo(0.5);
        assertThat(rates.get(1).confirmRate()).isEqualTo(1.0);
        assertThat(rates.get(3).open()).isEqualTo(1);
        assertThat(rates.get(3).confirmRate()).isNull();
    }
}
