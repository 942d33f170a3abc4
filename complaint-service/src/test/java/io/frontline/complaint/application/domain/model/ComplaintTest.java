package io.frontline.complaint.application.domain.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void the_answer_is_due_fourteen_days_after_the_day_of_receipt_at_the_site() {
        // 23:30 UTC on 1 Nov is already 2 Nov in Amsterdam
        Instant lateEvening = Instant.parse("2026-11-01T23:30:00Z");
        assertThat(new ResponseDeadline(14).dueFor(lateEvening, AMSTERDAM)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void a_reference_carries_the_year_and_a_six_digit_number() {
        assertThat(ComplaintReference.of(2026, 123).value()).isEqualTo("CMP-2026-000123");
        assertThatThrownBy(() -> ComplaintReference.of(2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ComplaintReference("CMP-26-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
