package io.frontline.sanction.adapter.in.notify;

import io.frontline.sanction.application.port.in.RefreshBanIndexUseCase;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

/**
 * Keeps this replica's check index equal to the database. At start it listens first and then builds the
 * index, so no change falls in between; afterwards each NOTIFY on {@code frontline_bans} (sent by any
 * replica in the transaction of a ban change) reloads that subject. If the listening connection breaks,
 * notices may have been lost: it reconnects and rebuilds everything.
 */
@ApplicationScoped
class BanChangeListener {
    static final String CHANNEL = "frontline_bans";
    private static final Logger LOG = Logger.getLogger(BanChangeListener.class);

    @Inject
    DataSource dataSource;

    @Inject
    RefreshBanIndexUseCase index;

    @ConfigProperty(name = "frontline.sanction.index.poll", defaultValue = "PT1S")
    Duration poll;

    private volatile boolean running;
    private Thread thread;

    /** Before the service takes requests, the index is built once, here, synchronously. */
    void start(@Observes @Priority(10) StartupEvent event) {
        running = true;
        Connection first = listen();
        if (first == null) {
            // Without a database the first build cannot happen; the listener keeps trying and readiness says so.
            LOG.warn("Ban index: no database yet; building it once the database answers");
        } else {
            rebuild();
        }
        thread = new Thread(() -> run(first), "ban-index-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run(Connection connection) {
        long backoff = 100;
        Connection listening = connection;
        while (running) {
            if (listening == null) {
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5000);
                listening = listen();
                if (listening == null) {
                    continue;
                }
                rebuild();
            }
            try {
                PGNotification[] notices = listening.unwrap(PGConnection.class).getNotifications((int) poll.toMillis());
                backoff = 100;
                if (notices != null) {
                    for (PGNotification notice : notices) {
                        index.reloadSubject(notice.getParameter());
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                LOG.warnf("Ban index listener: %s; reconnecting", e.getClass().getSimpleName());
                close(listening);
                listening = null;
            }
        }
        close(listening);
    }

    private Connection listen() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            return connection;
        } catch (Exception e) {
            LOG.warnf("Ban index listener cannot listen: %s", e.getMessage());
            return null;
        }
    }

    private void rebuild() {
        try {
            index.rebuild();
            LOG.infof("Ban index built: %d bans in force or to come", index.indexedBans());
        } catch (RuntimeException e) {
            LOG.warn("Ban index could not be built", e);
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (Exception ignored) {
                // a broken connection: nothing to close cleanly
            }
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
