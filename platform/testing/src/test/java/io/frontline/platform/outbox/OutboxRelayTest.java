package io.frontline.platform.outbox;

import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.inbox.Inbox;
import io.frontline.platform.inbox.Inboxes;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.PostgresServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay and the inbox against a real PostgreSQL and a real Kafka broker, without a service around
 * them: what every service's events rely on (a state change and its event commit together, are sent at least
 * once and in order per aggregate, and are handled once).
 */
class OutboxRelayTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<OutboxRelay> relays = new ArrayList<>();
    private PGSimpleDataSource dataSource;
    private OutboxWriter writer;
    private String topic;

    @BeforeEach
    void database() {
        PostgresServer postgres = PostgresServer.shared();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.createDatabase("outbox"));
        dataSource.setUser(postgres.user());
        dataSource.setPassword(postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        writer = new OutboxWriter();
        writer.dataSource = dataSource;
        writer.clock = Clock.systemUTC();
        writer.serviceName = "outbox-test";
        topic = "outbox-test-" + UUID.randomUUID();
    }

    @AfterEach
    void stopRelays() {
        relays.forEach(relay -> relay.stop(new ShutdownEvent()));
    }

    @Test
    void of_two_relays_on_one_database_one_sends_each_event_once_and_the_other_takes_over_when_it_stops() {
        OutboxRelay first = relay();
        OutboxRelay second = relay();
        await().atMost(WAIT).until(() -> first.isLeader() || second.isLeader());
        List<UUID> written = write("aggregate-1", 10);

        List<ConsumerRecord<String, String>> received = read(10);
        assertThat(received).extracting(r -> eventId(r)).containsExactlyElementsOf(written);
        assertThat(new TopicClient(KafkaServer.shared().bootstrapServers()).await(topic, r -> true, 11,
                Duration.ofSeconds(2))).as("nothing sent twice").hasSize(10);
        assertThat(first.isLeader() && second.isLeader()).as("both relays lead").isFalse();
        assertThat(unsent()).isZero();

        OutboxRelay leader = first.isLeader() ? first : second;
        OutboxRelay follower = leader == first ? second : first;
        leader.stop(new ShutdownEvent());
        await().atMost(WAIT).until(follower::isLeader);
        List<UUID> later = write("aggregate-1", 3);
        assertThat(read(13)).extracting(r -> eventId(r)).endsWith(later.toArray(UUID[]::new)).hasSize(13);
    }

    @Test
    void a_crash_between_send_and_mark_sends_the_event_again_and_the_consumers_inbox_drops_the_duplicate()
            throws Exception {
        OutboxRelay relay = relay();
        UUID event = write("aggregate-2", 1).get(0);
        read(1);
        relay.stop(new ShutdownEvent());
        // The relay died after Kafka's acknowledgement, before its mark committed: the row is unsent again.
        sql("UPDATE frontline_outbox SET sent_at = NULL");
        relay();

        List<ConsumerRecord<String, String>> received = read(2);
        assertThat(received).extracting(r -> eventId(r)).containsExactly(event, event);

        Inbox inbox = Inboxes.on(dataSource, Clock.systemUTC());
        AtomicInteger handled = new AtomicInteger();
        List<Boolean> firstTime = new ArrayList<>();
        for (ConsumerRecord<String, String> record : received) {
            firstTime.add(inbox.handleOnce("notification", EventCodec.decode(record.value()), handled::incrementAndGet));
        }
        assertThat(firstTime).containsExactly(true, false);
        assertThat(handled).hasValue(1);
    }

    @Test
    void the_events_of_one_aggregate_arrive_in_the_order_they_were_written_whatever_the_partition() {
        Map<String, List<UUID>> writtenByAggregate = new LinkedHashMap<>();
        for (int round = 0; round < 5; round++) {
            for (String aggregate : List.of("a", "b", "c", "d")) {
                writtenByAggregate.computeIfAbsent(aggregate, a -> new ArrayList<>()).addAll(write(aggregate, 1));
            }
        }
        relay();

        Map<String, List<UUID>> receivedByAggregate = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : read(20)) {
            receivedByAggregate.computeIfAbsent(record.key(), a -> new ArrayList<>()).add(eventId(record));
        }
        assertThat(receivedByAggregate).isEqualTo(writtenByAggregate);
    }

    private OutboxRelay relay() {
        OutboxRelay relay = new OutboxRelay();
        relay.dataSource = dataSource;
        relay.registry = new SimpleMeterRegistry();
        relay.bootstrapServers = KafkaServer.shared().bootstrapServers();
        relay.kafkaSettings = Map.of("bootstrap.servers", KafkaServer.shared().bootstrapServers());
        relay.enabled = true;
        relay.batchSize = 200;
        relay.safetyPoll = Duration.ofMillis(200);
        relay.maxBackoff = Duration.ofSeconds(1);
        relay.start(new StartupEvent());
        relays.add(relay);
        return relay;
    }

    private List<UUID> write(String aggregate, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EventEnvelope e = writer.append(topic, "frontline.test.happened.v1", aggregate, Map.of("n", i));
            ids.add(e.id());
        }
        return ids;
    }

    private List<ConsumerRecord<String, String>> read(int atLeast) {
        List<ConsumerRecord<String, String>> records = new TopicClient(KafkaServer.shared().bootstrapServers())
                .await(topic, r -> true, atLeast, WAIT);
        assertThat(records).as("records on " + topic).hasSizeGreaterThanOrEqualTo(atLeast);
        return records;
    }

    private static UUID eventId(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value()).id();
    }

    private long unsent() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM frontline_outbox WHERE sent_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
