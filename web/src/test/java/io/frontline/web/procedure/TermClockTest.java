package io.frontline.web.procedure;

import io.frontline.web.procedure.TermClock.Standing;
import io.frontline.web.procedure.TermClock.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statutory term's time left in whole days of the chain's calendar, as the case pages show it: a term that runs
 * to the end of 28 February (due at local midnight of 1 March) is "due today" all of 28 February.
 */
class TermClockTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Hearings of a complaint received on 31 January: due by the end of 28 February, Amsterdam time. */
    private static final Instant DUE = Instant.parse("2027-02-28T23:00:00Z");

    @Test
    void a_term_five_days_before_its_last_day_is_due_in_five_days() {
        assertThat(TermClock.of(DUE, null, Instant.parse("2027-02-23T09:00:00Z"), AMSTERDAM))
                .isEqualTo(new Standing(State.OPEN, 5));
    }

    @Test
    void on_its_last_day_a_term_is_due_today_until_local_midnight() {
        assertThat(TermClock.of(DUE, null, Instant.parse("2027-02-28T22:59:59Z"), AMSTERDAM))
                .isEqualTo(new Standing(State.OPEN, 0));
    }

    @Test
    void from_local_midnight_after_its_last_day_the_term_is_overdue_and_counts_the_days_past() {
        assertThat(TermClock.of(DUE, null, DUE, AMSTERDAM)).isEqualTo(new Standing(State.OVERDUE, 1));
        assertThat(TermClock.of(DUE, null, Instant.parse("2027-03-02T12:00:00Z"), AMSTERDAM))
                .isEqualTo(new Standing(State.OVERDUE, 2));
    }

    @Test
    void a_term_met_before_its_due_moment_is_met_in_time_and_at_or_after_it_late() {
        Instant later = Instant.parse("2027-04-01T00:00:00Z");
        assertThat(TermClock.of(DUE, DUE.minusSeconds(1), later, AMSTERDAM).state()).isEqualTo(State.MET);
        assertThat(TermClock.of(DUE, DUE, later, AMSTERDAM).state()).isEqualTo(State.MET_LATE);
    }

    @Test
    void the_days_follow_the_local_calendar_not_24_hour_blocks() {
        // 23:30 in Amsterdam on 27 February is already the 27th there: one day left (the 28th), not zero
        assertThat(TermClock.of(DUE, null, Instant.parse("2027-02-27T22:30:00Z"), AMSTERDAM))
                .isEqualTo(new Standing(State.OPEN, 1));
    }
}
