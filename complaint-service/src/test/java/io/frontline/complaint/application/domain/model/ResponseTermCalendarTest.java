package io.frontline.complaint.application.domain.model;

import io.frontline.platform.domain.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A complaint's response term runs in the calendar of its site, not in UTC (seed 002). */
class ResponseTermCalendarTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ResponseDeadline FOURTEEN_DAYS = ComplaintPolicy.DEFAULT.deadline();

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Test
    void the_chain_default_is_an_answer_within_fourteen_calendar_days_acknowledged_at_once() {
        assertThat(ComplaintPolicy.DEFAULT.acknowledgeOnReceipt()).isTrue();
        assertThat(FOURTEEN_DAYS).isEqualTo(new ResponseDeadline(14, false));
    }

    @Test
    void a_complaint_received_just_after_local_midnight_counts_from_that_local_day() {
        // 00:30 on 1 March in Amsterdam is 28 February in UTC
        Instant received = local("2026-03-01T00:30", AMSTERDAM);
        ResponseTerm term = FOURTEEN_DAYS.termFrom(received, AMSTERDAM, BusinessCalendar.MONDAY_TO_FRIDAY);
        assertThat(term.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(term.dueAt()).isEqualTo(local("2026-03-16T00:00", AMSTERDAM));
    }

    @Test
    void a_term_across_the_spring_clock_change_ends_at_local_midnight() {
        ResponseTerm term = FOURTEEN_DAYS.termFrom(local("2026-03-20T16:00", AMSTERDAM), AMSTERDAM,
                BusinessCalendar.MONDAY_TO_FRIDAY);
        assertThat(term.dueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(term.dueAt()).isEqualTo(Instant.parse("2026-04-03T22:00:00Z"));
    }

    @Test
    void business_days_are_counted_from_the_local_day_of_receipt() {
        // Thursday 22 October 23:30 UTC is Friday 08:30 in Tokyo (01:30 in Amsterdam): ten business days from the
        // Friday end on Friday 6 November; from the UTC Thursday they would end on Thursday 5 November
        Instant received = Instant.parse("2026-10-22T23:30:00Z");
        ResponseDeadline tenBusinessDays = new ResponseDeadline(10, true);
        assertThat(tenBusinessDays.dueFor(received, TOKYO, BusinessCalendar.MONDAY_TO_FRIDAY))
                .isEqualTo(LocalDate.of(2026, 11, 6));
        // across the autumn clock change in Amsterdam (25 October) the term still ends at local midnight
        ResponseTerm term = tenBusinessDays.termFrom(received, AMSTERDAM, BusinessCalendar.MONDAY_TO_FRIDAY);
        assertThat(term.dueDate()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(term.dueAt()).isEqualTo(Instant.parse("2026-11-06T23:00:00Z"));
    }

    @Test
    void a_pause_across_the_clock_change_moves_the_due_day_by_whole_days_to_local_midnight() {
        ResponseTerm term = FOURTEEN_DAYS.termFrom(local("2026-03-20T16:00", AMSTERDAM), AMSTERDAM,
                BusinessCalendar.MONDAY_TO_FRIDAY);
        // waiting for the complainant from Wednesday 25 March 10:00 to Wednesday 1 April 10:00: seven days on the
        // site's clock, 167 hours as they passed
        ResponseTerm resumed = term.pause(local("2026-03-25T10:00", AMSTERDAM))
                .resume(local("2026-04-01T10:00", AMSTERDAM));
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(resumed.dueAt()).isEqualTo(local("2026-04-11T00:00", AMSTERDAM));
        // while the pause still runs, the due moment moves with the site's clock too
        ResponseTerm pausing = term.pause(local("2026-03-25T10:00", AMSTERDAM));
        assertThat(pausing.dueAt(local("2026-04-01T10:00", AMSTERDAM))).isEqualTo(local("2026-04-11T00:00", AMSTERDAM));
    }

    @Test
    void a_site_in_tokyo_counts_in_tokyo_days() {
        Instant received = local("2026-02-01T00:30", TOKYO); // 31 January in UTC
        ResponseTerm term = FOURTEEN_DAYS.termFrom(received, TOKYO, BusinessCalendar.MONDAY_TO_FRIDAY);
        assertThat(term.dueDate()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(term.dueAt()).isEqualTo(Instant.parse("2026-02-15T15:00:00Z"));
    }

    @Test
    void contact_data_is_kept_to_the_end_of_the_same_day_24_months_later_at_the_site() {
        Instant closed = local("2029-05-02T10:00", AMSTERDAM);
        ContactRetention retention = ContactRetention.DEFAULT;
        assertThat(retention.isOver(closed, AMSTERDAM, local("2031-05-02T23:59", AMSTERDAM))).isFalse();
        assertThat(retention.isOver(closed, AMSTERDAM, local("2031-05-03T00:00", AMSTERDAM))).isTrue();
        assertThat(retention.candidatesClosedBefore(local("2031-05-03T00:00", AMSTERDAM))).isAfter(closed);
        // closed on 31 May, a month-end: 24 months later is 31 May again; a 1-month period ends on 30 June
        assertThat(ContactRetention.of(java.time.Period.ofMonths(1)).isOver(local("2029-05-31T12:00", AMSTERDAM),
                AMSTERDAM, local("2029-06-30T23:59", AMSTERDAM))).isFalse();
    }

    @Test
    void a_closed_complaint_may_be_reopened_to_the_end_of_the_thirtieth_local_day() {
        Instant closed = local("2026-10-10T18:00", AMSTERDAM);
        assertThat(Complaint.REOPEN_PERIOD.hasEnded(closed, AMSTERDAM, local("2026-11-09T23:59", AMSTERDAM))).isFalse();
        assertThat(Complaint.REOPEN_PERIOD.hasEnded(closed, AMSTERDAM, local("2026-11-10T00:00", AMSTERDAM))).isTrue();
    }
}
