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
}
