package io.frontline.platform.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarTermTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final CalendarTerm ONE_MONTH = CalendarTerm.ofMonths(1);
    private static final CalendarTerm FOURTEEN_DAYS = CalendarTerm.ofDays(14);

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Test
    void one_month_after_31_january_is_the_end_of_february() {
        Instant start = local("2026-01-31T10:00", AMSTERDAM);
        assertThat(ONE_MONTH.lastDay(start, AMSTERDAM)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ONE_MONTH.endsAt(start, AMSTERDAM)).isEqualTo(local("2026-03-01T00:00", AMSTERDAM));
        assertThat(ONE_MONTH.lastDay(local("2028-01-31T10:00", AMSTERDAM), AMSTERDAM))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void a_start_just_after_local_midnight_on_the_first_has_the_whole_month() {
        // 00:30 on 1 March in Amsterdam is still 28 February in UTC: counted there, the month would end on 28 March
        Instant start = local("2026-03-01T00:30", AMSTERDAM);
        assertThat(start).isEqualTo(Instant.parse("2026-02-28T23:30:00Z"));
        assertThat(ONE_MONTH.lastDay(start, AMSTERDAM)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ONE_MONTH.endsAt(start, AMSTERDAM)).isEqualTo(local("2026-04-02T00:00", AMSTERDAM));
    }

    @Test
    void a_start_just_after_local_midnight_in_tokyo_counts_from_the_tokyo_day() {
        Instant start = local("2026-02-01T00:10", TOKYO); // 31 January 15:10 UTC
        assertThat(ONE_MONTH.lastDay(start, TOKYO)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ONE_MONTH.endsAt(start, TOKYO)).isEqualTo(Instant.parse("2026-03-01T15:00:00Z"));
    }

    @Test
    void fourteen_days_across_the_spring_daylight_saving_change_end_at_local_midnight() {
        // Europe/Amsterdam moves to summer time on Sunday 29 March 2026
        Instant start = local("2026-03-20T16:00", AMSTERDAM);
        assertThat(FOURTEEN_DAYS.endsAt(start, AMSTERDAM)).isEqualTo(local("2026-04-04T00:00", AMSTERDAM))
                .isEqualTo(Instant.parse("2026-04-03T22:00:00Z"));
    }

    @Test
    void fourteen_days_across_the_autumn_daylight_saving_change_end_at_local_midnight() {
        // Europe/Amsterdam moves back to winter time on Sunday 25 October 2026
        Instant start = local("2026-10-20T09:00", AMSTERDAM);
        assertThat(FOURTEEN_DAYS.lastDay(start, AMSTERDAM)).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(FOURTEEN_DAYS.endsAt(start, AMSTERDAM)).isEqualTo(Instant.parse("2026-11-03T23:00:00Z"));
    }

    @Test
    void a_term_has_not_ended_until_the_end_of_its_last_local_day() {
        Instant start = local("2026-01-31T10:00", AMSTERDAM);
        assertThat(ONE_MONTH.hasEnded(start, AMSTERDAM, local("2026-02-28T23:59", AMSTERDAM))).isFalse();
        assertThat(ONE_MONTH.hasEnded(start, AMSTERDAM, local("2026-03-01T00:00", AMSTERDAM))).isTrue();
    }

    @Test
    void looking_back_twelve_months_starts_at_local_midnight_of_the_same_day_a_year_earlier() {
        CalendarTerm year = CalendarTerm.ofMonths(12);
        Instant at = local("2027-03-01T00:30", AMSTERDAM);
        assertThat(year.lookBackFrom(at, AMSTERDAM)).isEqualTo(local("2026-03-01T00:00", AMSTERDAM));
        // 29 February looks back to 28 February of a year without one
        assertThat(year.lookBackFrom(local("2028-02-29T12:00", TOKYO), TOKYO)).isEqualTo(local("2027-02-28T00:00", TOKYO));
    }

    @Test
    void a_term_has_a_positive_length() {
        assertThatThrownBy(() -> CalendarTerm.ofDays(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
