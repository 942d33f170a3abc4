package io.frontline.complaint.application.domain.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintStatisticsTest {
    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(ComplaintStatistics.median(List.of(24.0, 48.0))).isEqualTo(36.0);
        assertThat(ComplaintStatistics.median(List.of(24.0, 48.0, 480.0))).isEqualTo(48.0);
        assertThat(ComplaintStatistics.median(List.of())).isNull();
    }

    @Test
    void the_p90_is_the_value_at_the_nearest_rank() {
        assertThat(ComplaintStatistics.p90(List.of(1.0, 2.0, 20.0))).isEqualTo(20.0);
        assertThat(ComplaintStatistics.p90(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0))).isEqualTo(9.0);
        assertThat(ComplaintStatistics.p90(List.of(5.0))).isEqualTo(5.0);
        assertThat(ComplaintStatistics.p90(List.of())).isNull();
    }
}
