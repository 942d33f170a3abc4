package io.frontline.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the outbox is behind, as metrics: {@code frontline_outbox_pending} (events not yet on Kafka) and
 * {@code frontline_outbox_oldest_age_seconds} (how long the oldest has waited). deploy/kubernetes alerts on the
 * age. Read from the database at most every five seconds, however often Prometheus and the health check ask.
 */
@ApplicationScoped
public class OutboxLag {
    private static final Logger LOG = Logger.getLogger(OutboxLag.class);
    private static final Duration FRESH = Duration.ofSeconds(5);

    /** Events waiting and the age of the oldest, as read at {@code at}. */
    public record Reading(long pending, Duration oldest, Instant at) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    private volatile Reading last;

    void register(@Observes StartupEvent event) {
        Gauge.builder("frontline.outbox.pending", this, lag -> value(lag.read(), false))
                .description("Events in the outbox not yet acknowledged by Kafka").register(registry);
        Gauge.builder("frontline.outbox.oldest.age", this, lag -> value(lag.read(), true)).baseUnit("seconds")
                .description("How long the oldest event not yet on Kafka has waited").register(registry);
    }

    /** The latest reading (at most five seconds old), or null when the database cannot be read. */
    public Reading read() {
        Reading reading = last;
        Instant now = Instant.now(); // real time: lag is an operator's figure, not a business date
        if (reading != null && Duration.between(reading.at(), now).compareTo(FRESH) < 0) {
            return reading;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*), min(created_at) FROM frontline_outbox WHERE sent_at IS NULL");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            reading = new Reading(rs.getLong(1),
                    oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now), now);
            last = reading;
            return reading;
        } catch (SQLException e) {
            LOG.debugf("Outbox lag not readable: %s", e.getMessage());
            return null;
        }
    }

    private static double value(Reading reading, boolean age) {
        if (reading == null) {
            return Double.NaN;
        }
        return age ? Math.max(0, reading.oldest().toMillis() / 1000.0) : reading.pending();
    }
}
