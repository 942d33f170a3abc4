package io.frontline.notification.adapter.out.persistence;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.application.domain.model.ClaimedDelivery;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.domain.model.DueDelivery;
import io.frontline.notification.application.port.out.DeliveryPort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a sender claims a delivery (locked, leased) in a short transaction and sends it without holding a
 * database connection; meanwhile no other sender or replica takes it, and should the sender be lost, the delivery is
 * due again when its lease runs out. Due times lie far ahead, so the running senders leave the row alone.
 */
@QuarkusTest
class ClaimedDeliveryTest {
    private static final Instant LATER = Instant.parse("2036-01-01T12:00:00Z");
    private static final Instant LEASE = LATER.plus(Duration.ofMinutes(2));

    @Inject
    DeliveryPort deliveries;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void leaveNothingDue() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE delivery SET status = 'SUPPRESSED', next_attempt_at = NULL WHERE recipient_id = 'claim.test'")) {
            s.executeUpdate();
        }
    }

    @Test
    void a_claimed_delivery_is_left_to_its_sender_until_the_lease_runs_out() throws SQLException {
        UUID id = insert(LATER.minus(Duration.ofHours(1)));

        Optional<ClaimedDelivery> first = QuarkusTransaction.requiringNew().call(() -> deliveries.claim(id, LATER, LEASE));
        assertThat(first).hasValueSatisfying(c -> assertThat(c.delivery().id()).isEqualTo(id));

        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.claim(id, LATER, LEASE.plusSeconds(1))))
                .as("a second sender, at the same moment").isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.due(LATER, DeliveryLane.ROUTINE, 1000)))
                .extracting(DueDelivery::id).doesNotContain(id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.due(LEASE, DeliveryLane.ROUTINE, 1000)))
                .as("due again once the lease ran out").extracting(DueDelivery::id).contains(id);

        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.lockClaimed(id, LEASE)))
                .as("the sender records its attempt under its own lease").isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.lockClaimed(id, LEASE.plusSeconds(1))))
                .as("not under another").isEmpty();
    }

    @Test
    void a_delivery_another_sender_has_locked_is_not_claimed() throws Exception {
        UUID id = insert(LATER.minus(Duration.ofHours(1)));
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM delivery WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, id);
                lock.executeQuery().close();
            }
            assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.claim(id, LATER, LEASE))).isEmpty();
            other.rollback();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.claim(id, LATER, LEASE))).isPresent();
    }

    private UUID insert(Instant due) throws SQLException {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO delivery (id, delivery_key, event_id, event_type, recipient_id, channel, severity, status,
                                      attempts, next_attempt_at, created_at, notice)
                VALUES (?, ?, ?, 'frontline.complaint.received.v1', 'claim.test', 'EMAIL', 'MEDIUM', 'PENDING', 0, ?, ?, ?)""")) {
            s.setObject(1, id);
            s.setString(2, eventId.toString());
            s.setObject(3, eventId);
            s.setTimestamp(4, Timestamp.from(due));
            s.setTimestamp(5, Timestamp.from(due));
            s.setString(6, String.format("{\"deliveryKey\":\"%s\",\"eventId\":\"%s\",\"eventType\":"
                    + "\"frontline.complaint.received.v1\",\"severity\":\"MEDIUM\",\"siteId\":\"ams-centrum\","
                    + "\"reference\":\"CMP-2026-000001\",\"occurredAt\":\"%s\",\"facts\":{},\"audience\":\"STAFF\"}",
                    eventId, eventId, due));
            s.executeUpdate();
        }
        return id;
    }
}
