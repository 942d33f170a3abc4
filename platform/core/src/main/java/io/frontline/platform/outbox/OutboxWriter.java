package io.frontline.platform.outbox;

import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.tracing.StoredTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * Appends integration events to the outbox table inside the caller's transaction, so the event
 * commits if and only if the state change does. When that transaction has committed, {@link OutboxWakeUp} sends
 * the NOTIFY that wakes the relay (of any replica) — after the commit, not inside the transaction, whose commit would
 * otherwise wait for every other notifying transaction on the server (see {@link OutboxWakeUp}).
 */
@ApplicationScoped
public class OutboxWriter {
    static final String CHANNEL = "frontline_outbox";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    OutboxWakeUp wakeUp;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    /**
     * Records one event. {@code aggregateId} becomes the Kafka record key and the CloudEvents subject.
     *
     * @return the envelope as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String topic, String type, String aggregateId, Object data) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(),
                "/frontline/" + serviceName, type, clock.instant(), aggregateId, EventEnvelope.JSON,
                EventCodec.toData(data));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO frontline_outbox (event_id, topic, record_key, event_type, payload, created_at, "
                             + "trace_parent) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, envelope.id());
            insert.setString(2, topic);
            insert.setString(3, aggregateId);
            insert.setString(4, type);
            insert.setString(5, EventCodec.encode(envelope));
            insert.setTimestamp(6, Timestamp.from(envelope.time()));
            insert.setString(7, traceParent());
            insert.executeUpdate();
            if (transactions == null) {
                // Outside a container (the relay's own tests): no transaction manager, the row commits on its own.
                try (PreparedStatement notify = connection.prepareStatement(
                        "SELECT pg_notify('" + CHANNEL + "', '')")) {
                    notify.execute();
                }
                return envelope;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write event " + type + " to the outbox", e);
        }
        wakeRelayAfterCommit();
        return envelope;
    }

    /** Once per transaction, however many events it writes: the relay is woken when (and only if) it commits. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxWakeUp.class) != null) {
            return;
        }
        transactions.putResource(OutboxWakeUp.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.request();
                }
            }
        });
    }

    /**
     * The W3C {@code traceparent} of the work that wrote the event (the REST call, the consumed event), kept with
     * the row so the relay can hand it on in the Kafka record's headers: one trace from the request to what its
     * event causes in other services. Null outside a trace.
     */
    static String traceParent() {
        return StoredTraces.currentTraceParent();
    }

    static final String TRACE_PARENT = StoredTraces.TRACE_PARENT;
}
