package io.frontline.platform.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTest {
    private final BusinessCalendar calendar = new BusinessCalendar(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            Set.of(LocalDate.of(2026, 12, 25)));

    @Test
    void business_days_skip_weekends_and_holidays() {
        // Wednesday 23 Dec 2026 + 3 business days: Thu 24, (Fri 25 holiday, weekend), Mon 28, Tue 29
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void zero_business_days_is_the_same_day() {
        assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 12, 26), 0)).isEqualTo(LocalDate.of(2026, 12, 26));
    }
}
