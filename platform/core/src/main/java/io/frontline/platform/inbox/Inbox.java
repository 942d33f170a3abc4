package io.frontline.platform.inbox;

import io.frontline.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the handling, so a
 * redelivered event changes nothing, and a handling that fails records nothing (it will be retried).
 * Two deliveries racing each other serialise on the primary key; the second sees the first's row.
 */
@ApplicationScoped
public class Inbox {
    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * Runs {@code handling} once per consumer and event id.
     *
     * @return false if this consumer had handled the event already
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean handleOnce(String consumer, EventEnvelope event, Runnable handling) {
        if (!record(consumer, event)) {
            return false;
        }
        handling.run();
        return true;
    }

    private boolean record(String consumer, EventEnvelope event) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO frontline_processed_event (consumer, event_id, event_type, processed_at) "
                             + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setObject(2, event.id());
            insert.setString(3, event.type());
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + event.id(), e);
        }
    }
}
