package io.frontline.platform.retention;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention loop every service shares: each kind its own cutoff, counts in order, a metric per kind. */
class RetentionJobTest {
    private static final Instant NOW = Instant.parse("2027-03-31T10:00:00Z");

    @Test
    void each_kind_erases_what_ended_longer_than_its_own_period_ago_one_month_before_31_march_is_28_february() {
        List<String> asked = new ArrayList<>();
        RetentionPolicy policy = () -> List.of(
                new RetentionKind("measures", Period.ofMonths(1), (cutoff, now) -> {
                    asked.add("measures before " + cutoff + " at " + now);
                    return 2;
                }),
                new RetentionKind("door audit lines", Period.ofDays(30), (cutoff, now) -> {
                    asked.add("door audit lines before " + cutoff + " at " + now);
                    return 0;
                }));

        Erased erased = RetentionJob.erase(NOW, List.of(policy), new SimpleMeterRegistry());

        assertThat(asked).containsExactly(
                "measures before 2027-02-28T10:00:00Z at 2027-03-31T10:00:00Z",
                "door audit lines before 2027-03-01T10:00:00Z at 2027-03-31T10:00:00Z");
        assertThat(erased.total()).isEqualTo(2);
        assertThat(erased).hasToString("2 measures, 0 door audit lines");
    }

    @Test
    void every_kind_counts_in_the_metric_by_its_name_run_after_run() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RetentionPolicy policy = () -> List.of(
                new RetentionKind("deliveries", Period.ofMonths(12), (cutoff, now) -> 3),
                new RetentionKind("inbox entries", Period.ofMonths(12), (cutoff, now) -> 0));

        RetentionJob.erase(NOW, List.of(policy), registry);
        RetentionJob.erase(NOW, List.of(policy), registry);

        assertThat(registry.counter(RetentionJob.METRIC, "kind", "deliveries").count()).isEqualTo(6.0);
        assertThat(registry.find(RetentionJob.METRIC).tag("kind", "inbox entries").counter()).isNotNull();
    }

    @Test
    void a_kind_without_a_period_longer_than_zero_is_refused() {
        assertThatThrownBy(() -> new RetentionKind("measures", Period.ZERO, (cutoff, now) -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measures");
        assertThatThrownBy(() -> new RetentionKind(" ", Period.ofDays(1), (cutoff, now) -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
