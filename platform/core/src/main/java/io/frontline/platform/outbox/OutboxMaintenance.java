package io.frontline.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/** Deletes outbox rows that were published longer ago than {@code frontline.outbox.retention}. */
@ApplicationScoped
public class OutboxMaintenance {
    private static final Logger LOG = Logger.getLogger(OutboxMaintenance.class);

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @ConfigProperty(name = "frontline.outbox.retention", defaultValue = "P7D")
    Duration retention;

    @Scheduled(every = "${frontline.outbox.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanUp() {
        deletePublished();
    }

    /** Deletes published rows past the retention; returns how many. */
    public int deletePublished() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM frontline_outbox WHERE sent_at IS NOT NULL AND sent_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(retention)));
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Deleted %d published outbox rows older than %s", deleted, retention);
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("outbox clean-up failed", e);
        }
    }
}
