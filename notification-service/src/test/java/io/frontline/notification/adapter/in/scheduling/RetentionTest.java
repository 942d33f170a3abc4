package io.frontline.notification.adapter.in.scheduling;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.platform.retention.RetentionJob;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.frontline.notification.Inboxes.withReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Retention (default 12 months): inbox entries and ended deliveries are erased once their period is over. */
@QuarkusTest
class RetentionTest {
    @Inject
    RetentionJob job;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void an_inbox_entry_and_its_ended_deliveries_are_erased_a_year_after_and_not_before() throws Exception {
        ComplaintEvents.awaitConsumerReady(dataSource);
        MutableClock.shared().set(Instant.parse("2031-07-01T09:00:00Z"));
        ComplaintEvents.Event received = ComplaintEvents.received("utr-centraal");
        ComplaintEvents.publish(received);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(withReference("bram.manager", received.reference())).hasSize(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> endedDeliveries(received.eventId()) > 0);

        MutableClock.shared().set(Instant.parse("2032-06-30T09:00:00Z"));
        job.eraseExpired();
        assertThat(withReference("bram.manager", received.reference())).hasSize(1);
        assertThat(endedDeliveries(received.eventId())).isPositive();

        MutableClock.shared().set(Instant.parse("2032-07-02T09:00:00Z"));
        job.eraseExpired();
        assertThat(withReference("bram.manager", received.reference())).isEmpty();
        assertThat(endedDeliveries(received.eventId())).isZero();
    }

    private long endedDeliveries(UUID eventId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM delivery WHERE event_id = ? AND status IN ('SENT', 'FAILED', 'SUPPRESSED')")) {
            s.setObject(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
