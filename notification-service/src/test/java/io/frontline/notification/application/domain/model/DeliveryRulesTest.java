package io.frontline.notification.application.domain.model;

import io.frontline.notification.application.domain.model.Notice.Audience;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryRulesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-11-02T09:16:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(5), 2, 5);

    private static Notice notice(Severity severity) {
        return Notice.of(new RoutedEvent(UUID.randomUUID(), "frontline.complaint.received.v1", severity, "ams-centrum",
                "CMP-2026-000123", NOW, Map.of()), Audience.STAFF);
    }

    @Test
    void a_failed_send_is_retried_after_5_10_20_and_40_seconds_and_the_fifth_failure_is_final() {
        Delivery delivery = Delivery.pending("sanne.manager", Channel.EMAIL, notice(Severity.MEDIUM), NOW);
        Instant now = NOW;
        long[] waits = {5, 10, 20, 40};
        for (long wait : waits) {
            assertThat(delivery.attemptFailed("SMTP down", now, POLICY)).isFalse();
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRYING);
            assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(wait));
            assertThat(delivery.isDue(now.plusSeconds(wait - 1))).isFalse();
            now = now.plusSeconds(wait);
            assertThat(delivery.isDue(now)).isTrue();
        }
        assertThat(delivery.attemptFailed("SMTP down", now, POLICY)).isTrue();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(5);
        assertThat(delivery.isDue(now.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void quiet_hours_run_past_midnight_and_end_at_the_next_end_time_in_the_persons_zone() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

        assertThat(night.contains(LocalTime.of(23, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
        // 23:30 in Amsterdam (winter, UTC+1) ends at 07:00 the next morning, 06:00 UTC.
        Instant lateEvening = Instant.parse("2026-11-02T22:30:00Z");
        assertThat(night.isQuietAt(lateEvening, AMSTERDAM)).isTrue();
        assertThat(night.nextEndAfter(lateEvening, AMSTERDAM)).isEqualTo(Instant.parse("2026-11-03T06:00:00Z"));
        Instant earlyMorning = Instant.parse("2026-11-03T04:00:00Z");
        assertThat(night.nextEndAfter(earlyMorning, AMSTERDAM)).isEqualTo(Instant.parse("2026-11-03T06:00:00Z"));
    }

    @Test
    void low_and_medium_news_may_wait_for_the_quiet_hours_to_end_high_critical_and_escalations_never() {
        assertThat(notice(Severity.LOW).mayWaitForQuietHours()).isTrue();
        assertThat(notice(Severity.MEDIUM).mayWaitForQuietHours()).isTrue();
        assertThat(notice(Severity.HIGH).mayWaitForQuietHours()).isFalse();
        assertThat(notice(Severity.CRITICAL).mayWaitForQuietHours()).isFalse();
    }

    @Test
    void a_notice_to_the_accused_keeps_only_the_reference_terms_dates_and_outcome() {
        RoutedEvent decision = new RoutedEvent(UUID.randomUUID(), "frontline.procedure.decision-taken.v1",
                Severity.MEDIUM, null, "IP-2026-000004", NOW, Map.of("complainantUserId", "emma.staff",
                "accusedUserId", "daan.staff", "finding", "founded", "objectionDueAt", "2026-12-01T09:00:00Z",
                "witness", "Wim Getuige"));

        Notice notice = Notice.of(decision, Audience.ACCUSED);

        assertThat(notice.facts()).containsOnlyKeys("finding", "objectionDueAt");
    }
}
