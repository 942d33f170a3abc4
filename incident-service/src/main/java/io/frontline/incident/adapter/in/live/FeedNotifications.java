package io.frontline.incident.adapter.in.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Hears of every alert committed to the feed — by this replica or any other — through PostgreSQL's
 * {@code LISTEN live_alert_feed} (the feed's trigger notifies with the site; PostgreSQL delivers it only at commit)
 * and wakes the consoles of that site. It holds one connection of its own, outside the pool; when that breaks it
 * connects again and wakes every console, which then reads what it missed from the feed.
 */
@ApplicationScoped
class FeedNotifications {
    static final String CHANNEL = "live_alert_feed";
    private static final Logger LOG = Logger.getLogger(FeedNotifications.class);

    @Inject
    LiveAlertConsoles consoles;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "live-alert-feed-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing to stop listening
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                consoles.alertCommitted(null); // whatever was committed while nobody listened
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    if (notifications != null && notifications.length > 0) {
                        Set<String> sites = new HashSet<>();
                        for (PGNotification n : notifications) {
                            sites.add(n.getParameter());
                        }
                        consoles.alertCommitted(sites);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Listening for live alerts failed (%s); listening again in a second",
                            e.getClass().getSimpleName());
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            } finally {
                connection = null;
            }
        }
    }
}
