package io.frontline.platform.outbox;

import io.frontline.platform.events.EventRecords;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows to Kafka in id order, so events of one aggregate keep their order.
 *
 * <p>Woken by PostgreSQL NOTIFY when an outbox row commits (milliseconds, not a poll), with a slow
 * poll as a safety net. One replica at a time relays: the one holding a session advisory lock on its
 * listening connection; if it dies, its lock goes with its connection and another takes over.
 * Through a broker outage it keeps retrying with back-off; nothing is lost because a row is marked
 * sent only after Kafka acknowledged it (acks=all). A crash between ack and mark re-sends a row:
 * consumers are idempotent by event id.
 *
 * <p>Why not the SmallRye Kafka emitter: the relay needs a synchronous acknowledgement per row before
 * marking it sent and full control of retry order; the emitter buffers and retries on its own terms.
 * Why not Debezium: it needs Kafka Connect, which this platform does not run.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x46524f4e544c4e45L; // "FRONTLNE"

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /**
     * Every {@code kafka.*} setting of the service (also from {@code KAFKA_*} environment variables): TLS, SASL and
     * the rest reach the relay's producer exactly as they reach the service's channels.
     */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings;

    @ConfigProperty(name = "frontline.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "frontline.outbox.relay.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "frontline.outbox.relay.safety-poll", defaultValue = "PT1S")
    Duration safetyPoll;

    @ConfigProperty(name = "frontline.outbox.relay.max-backoff", defaultValue = "PT5S")
    Duration maxBackoff;

    private volatile boolean running;
    private volatile boolean leader;
    private volatile Instant lastPublished;
    /** When the relay's loop last came round: it does at least every few seconds, also through outages. */
    private volatile Instant lastTurn = Instant.now();
    private volatile String lastError;
    private Thread thread;
    private Producer<String, String> producer;
    private Counter published;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Outbox relay disabled");
            return;
        }
        published = registry.counter("frontline.outbox.published");
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    public boolean isLeader() {
        return leader;
    }

    public Instant lastPublished() {
        return lastPublished;
    }

    public String lastError() {
        return lastError;
    }

    /**
     * The relay is stuck when it should be running and its loop has not come round for {@code stallAfter}: a
     * broker or database outage does not make it stuck (it retries with back-off, and each retry is a turn).
     */
    public boolean stalled(Duration stallAfter) {
        return enabled && running && Duration.between(lastTurn, Instant.now()).compareTo(stallAfter) > 0;
    }

    private void run() {
        long backoff = 100;
        while (running) {
            lastTurn = Instant.now();
            try (Connection listening = dataSource.getConnection()) {
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + OutboxWriter.CHANNEL);
                }
                PGConnection notifications = listening.unwrap(PGConnection.class);
                leader = false;
                while (running) {
                    lastTurn = Instant.now();
                    if (!leader) {
                        leader = tryLock(listening);
                    }
                    if (leader) {
                        drain();
                    }
                    backoff = 100;
                    lastError = null;
                    notifications.getNotifications((int) safetyPoll.toMillis());
                }
            } catch (Exception e) {
                leader = false;
                if (!running) {
                    break;
                }
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                LOG.warnf("Outbox relay: %s; retrying in %d ms", lastError, backoff);
                closeProducer();
                sleep(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
        leader = false;
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private record Row(long id, String topic, String key, String type, String eventId, String payload,
                       String traceParent) {
    }

    /** Publishes batches until nothing is left; throws on the first row Kafka did not take. */
    private void drain() throws Exception {
        while (running) {
            lastTurn = Instant.now();
            List<Row> rows = nextBatch();
            if (rows.isEmpty()) {
                return;
            }
            Producer<String, String> kafka = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            List<Long> sent = new ArrayList<>(rows.size());
            Exception failure = null;
            // The first row goes alone: while the broker is away, one send waits max.block.ms, not one per row.
            for (int i = 0; i < rows.size(); i++) {
                acks.add(kafka.send(record(rows.get(i))));
                if (i == 0) {
                    failure = awaitAck(acks.get(0), rows.get(0), sent);
                    if (failure != null) {
                        break;
                    }
                }
            }
            for (int i = 1; failure == null && i < acks.size(); i++) {
                failure = awaitAck(acks.get(i), rows.get(i), sent);
            }
            markSent(sent);
            if (failure != null) {
                throw failure;
            }
            if (rows.size() < batchSize) {
                return;
            }
        }
    }

    private static ProducerRecord<String, String> record(Row row) {
        ProducerRecord<String, String> record = EventRecords.of(row.topic(), row.key(), row.type(), row.eventId(),
                row.payload());
        if (row.traceParent() != null) {
            // The consumer's span continues the trace of the work that wrote the event (W3C trace context).
            record.headers().add(OutboxWriter.TRACE_PARENT, row.traceParent().getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    /** Waits for Kafka's acknowledgement of one row; returns the failure, or null when the row is sent. */
    private Exception awaitAck(Future<RecordMetadata> ack, Row row, List<Long> sent) {
        try {
            ack.get(30, TimeUnit.SECONDS);
            sent.add(row.id());
            return null;
        } catch (ExecutionException | TimeoutException e) {
            markFailed(row.id(), e);
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private List<Row> nextBatch() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, topic, record_key, event_type, event_id, payload, trace_parent FROM frontline_outbox "
                             + "WHERE sent_at IS NULL ORDER BY id LIMIT ?")) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return rows;
    }

    private void markSent(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE frontline_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
        lastPublished = Instant.now();
        published.increment(ids.size());
    }

    private void markFailed(long id, Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE frontline_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            update.setString(1, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            update.setLong(2, id);
            update.executeUpdate();
        } catch (SQLException sql) {
            LOG.warn("Outbox relay could not record a failed attempt", sql);
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            kafkaSettings.forEach((key, value) -> {
                if (ProducerConfig.configNames().contains(key)) {
                    props.put(key, value);
                }
            });
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debug("closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
