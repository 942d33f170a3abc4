package io.frontline.platform.outbox;

import io.frontline.platform.testing.infra.PostgresServer;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay is woken after the writing transaction committed, by one NOTIFY for any number of commits, and never from
 * inside the transaction: a NOTIFY there makes every notifying commit on the server wait for the one before it.
 */
class OutboxWakeUpTest {
    private PGSimpleDataSource dataSource;
    private OutboxWakeUp wakeUp;

    @BeforeEach
    void database() {
        PostgresServer postgres = PostgresServer.shared();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.createDatabase("wakeup"));
        dataSource.setUser(postgres.user());
        dataSource.setPassword(postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        wakeUp = new OutboxWakeUp();
        wakeUp.dataSource = dataSource;
    }

    @AfterEach
    void stop() {
        wakeUp.stop();
    }

    @Test
    void a_burst_of_commits_wakes_the_listening_relay_with_a_few_notifies_not_one_each() throws Exception {
        try (Connection listening = dataSource.getConnection(); Statement listen = listening.createStatement()) {
            listen.execute("LISTEN " + OutboxWriter.CHANNEL);
            for (int i = 0; i < 200; i++) {
                wakeUp.request();
            }
            List<PGNotification> heard = new ArrayList<>();
            PGConnection notifications = listening.unwrap(PGConnection.class);
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < deadline) {
                PGNotification[] batch = notifications.getNotifications(200);
                if (batch != null) {
                    heard.addAll(List.of(batch));
                }
            }
            assertThat(heard).as("the relay is woken").isNotEmpty();
            assertThat(heard.size()).as("wake-ups asked for meanwhile are folded together").isLessThan(20);
        }
    }

    @Test
    void the_writer_asks_for_a_wake_up_once_per_transaction_and_only_when_it_committed() {
        AtomicInteger asked = new AtomicInteger();
        OutboxWakeUp counting = new OutboxWakeUp() {
            @Override
            public void request() {
                asked.incrementAndGet();
            }
        };
        OutboxWriter writer = new OutboxWriter();
        writer.dataSource = dataSource;
        writer.clock = Clock.systemUTC();
        writer.serviceName = "wake-up-test";
        writer.wakeUp = counting;

        OneTransaction committed = new OneTransaction();
        writer.transactions = committed;
        writer.append("wake-up-test", "frontline.test.happened.v1", "a", Map.of("n", 1));
        writer.append("wake-up-test", "frontline.test.happened.v1", "a", Map.of("n", 2));
        assertThat(asked).as("nothing before the commit").hasValue(0);
        committed.complete(Status.STATUS_COMMITTED);
        assertThat(asked).as("one wake-up for the transaction's two events").hasValue(1);

        OneTransaction rolledBack = new OneTransaction();
        writer.transactions = rolledBack;
        writer.append("wake-up-test", "frontline.test.happened.v1", "b", Map.of("n", 3));
        rolledBack.complete(Status.STATUS_ROLLEDBACK);
        assertThat(asked).as("a rolled back transaction wakes nobody").hasValue(1);
    }

    /** One transaction's resources and synchronizations, completed by the test. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void complete(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
