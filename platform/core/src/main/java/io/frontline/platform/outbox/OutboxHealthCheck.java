package io.frontline.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Readiness of the event path to Kafka. A short broker outage keeps the service ready (the outbox
 * exists so that intake goes on); events waiting longer than {@code frontline.outbox.max-lag} mean
 * publishing is stuck, and the service reports itself not ready.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {
    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "frontline.outbox.max-lag", defaultValue = "PT5M")
    Duration maxLag;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*), min(created_at) FROM frontline_outbox WHERE sent_at IS NULL");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            long pending = rs.getLong(1);
            Timestamp oldest = rs.getTimestamp(2);
            Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now());
            response.withData("pending", pending).withData("lagSeconds", lag.toSeconds())
                    .withData("relayLeader", relay.isLeader());
            if (relay.lastError() != null) {
                response.withData("lastError", relay.lastError());
            }
            return response.status(lag.compareTo(maxLag) <= 0).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
