package io.frontline.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.LockSupport;

/**
 * Wakes the outbox relay (of whichever replica relays) after outbox rows committed: one NOTIFY on
 * {@link OutboxWriter#CHANNEL}, sent by this replica's own thread after the writing transactions committed, for any
 * number of them.
 *
 * <p>Why not a NOTIFY inside each writing transaction: PostgreSQL serialises the commits of all transactions that
 * notify, on one lock for the whole server, held through each commit's WAL flush (async.c, {@code PreCommit_Notify}).
 * Every state change with an event then committed one after the other — incident reports, filed complaints and what
 * consumers write, of every service sharing the server — at the rate of the disk's flushes. Here the writing
 * transactions take no such lock; only this thread does, one short transaction at a time, committed without waiting
 * for the flush ({@code synchronous_commit} off for it alone: a NOTIFY lost in a crash is caught by the relay's safety
 * poll, and the rows themselves are flushed with their own transaction).
 *
 * <p>Wake-ups asked for while a NOTIFY is under way are folded into the next one: a relay that wakes drains every row
 * committed so far, so one NOTIFY after the last commit is enough.
 */
@ApplicationScoped
public class OutboxWakeUp {
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);
    private static final String NOTIFY = "SELECT set_config('synchronous_commit', 'off', true), pg_notify('"
            + OutboxWriter.CHANNEL + "', '')";

    @Inject
    DataSource dataSource;

    private final Object lock = new Object();
    private boolean requested;
    private volatile boolean running = true;
    private Thread thread;

    /** Asks for a NOTIFY soon; returns at once (called after a commit, on the committing thread). */
    public void request() {
        synchronized (lock) {
            if (!running) {
                return;
            }
            requested = true;
            if (thread == null) {
                thread = new Thread(this::run, "outbox-wake-up");
                thread.setDaemon(true);
                thread.start();
            }
            lock.notifyAll();
        }
    }

    private void run() {
        while (running) {
            synchronized (lock) {
                while (running && !requested) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                // Cleared before the NOTIFY goes out: a commit from now on asks for the next one.
                requested = false;
            }
            if (running) {
                notifyRelay();
            }
        }
    }

    private void notifyRelay() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(NOTIFY);
        } catch (SQLException | RuntimeException e) {
            // The relay's safety poll publishes the rows anyway, a moment later.
            LOG.debugf("Outbox wake-up not sent (%s); the relay's safety poll takes over", e.getMessage());
            LockSupport.parkNanos(50_000_000L);
        }
    }

    @PreDestroy
    void stop() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
    }
}
