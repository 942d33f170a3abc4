package io.frontline.notification.adapter.out.persistence;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.domain.model.DueDelivery;
import io.frontline.notification.application.port.out.DeliveryPort;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: high and critical notices never wait behind low and medium ones. With a backlog of routine deliveries
 * that are all older, the urgent lane's senders are given the critical one first, then the high one, and never a
 * routine one; the routine lane never takes an urgent one. Due times lie far ahead, so the running senders leave
 * these rows alone and the test needs no wall clock.
 */
@QuarkusTest
class UrgentLaneTest {
    private static final Instant LATER = Instant.parse("2036-01-01T12:00:00Z");

    @Inject
    DeliveryPort deliveries;

    @Inject
    AgroalDataSource dataSource;

    private final List<UUID> inserted = new ArrayList<>();

    @AfterEach
    void leaveNothingDue() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE delivery SET status = 'SUPPRESSED', next_attempt_at = NULL WHERE recipient_id = 'lane.backlog'")) {
            s.executeUpdate();
        }
    }

    @Test
    @Transactional
    void a_critical_notice_is_sent_before_a_backlog_of_older_routine_ones_and_before_an_older_high_one() throws SQLException {
        for (int i = 0; i < 40; i++) {
            insert(i % 2 == 0 ? "LOW" : "MEDIUM", LATER.minus(Duration.ofHours(3)).plusSeconds(i));
        }
        UUID high = insert("HIGH", LATER.minus(Duration.ofHours(2)));
        UUID critical = insert("CRITICAL", LATER.minus(Duration.ofMinutes(1)));

        List<UUID> urgent = ids(deliveries.due(LATER, DeliveryLane.URGENT, 100));
        assertThat(urgent).containsSubsequence(critical, high);
        assertThat(urgent).doesNotContainAnyElementsOf(inserted.subList(0, 40));
        assertThat(ids(deliveries.due(LATER, DeliveryLane.URGENT, 1))).containsExactly(critical);

        List<UUID> routine = ids(deliveries.due(LATER, DeliveryLane.ROUTINE, 100));
        assertThat(routine).containsAll(inserted.subList(0, 40)).doesNotContain(critical, high);
    }

    private static List<UUID> ids(List<DueDelivery> due) {
        return due.stream().map(DueDelivery::id).toList();
    }

    private UUID insert(String severity, Instant due) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO delivery (id, delivery_key, event_id, event_type, recipient_id, channel, severity, status,
                                      attempts, next_attempt_at, created_at, notice)
                VALUES (?, ?, ?, 'frontline.complaint.received.v1', 'lane.backlog', 'EMAIL', ?, 'PENDING', 0, ?, ?, '{}')""")) {
            s.setObject(1, id);
            s.setString(2, id.toString());
            s.setObject(3, UUID.randomUUID());
            s.setString(4, severity);
            s.setTimestamp(5, Timestamp.from(due));
            s.setTimestamp(6, Timestamp.from(due));
            s.executeUpdate();
        }
        inserted.add(id);
        return id;
    }
}
