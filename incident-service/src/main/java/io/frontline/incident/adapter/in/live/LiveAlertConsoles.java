package io.frontline.incident.adapter.in.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.incident.application.domain.model.LiveAlert;
import io.frontline.incident.application.port.in.LiveAlertFeedQuery;
import io.frontline.platform.domain.Actor;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The consoles connected to this replica. Each keeps the number of the last alert it sent; when the feed tells of a
 * new alert at one of its sites ({@link FeedNotifications}), it reads the feed after that number — in the database,
 * with its site scope in the query — and sends what it finds, in order. So a console never depends on having heard
 * a notification: a missed one is made up for by the next, by the heartbeat's read, or by the browser's
 * {@code Last-Event-ID} after a reconnect.
 */
@ApplicationScoped
class LiveAlertConsoles {
    static final String EVENT = "live-alert";
    private static final Logger LOG = Logger.getLogger(LiveAlertConsoles.class);

    private final Set<Console> consoles = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders = Executors.newFixedThreadPool(2, daemon("live-alert-sender"));
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            daemon("live-alert-heartbeat"));

    @Inject
    LiveAlertFeedQuery feed;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "frontline.live-alerts.heartbeat", defaultValue = "5s")
    Duration heartbeat;

    @ConfigProperty(name = "frontline.live-alerts.reconnect-delay", defaultValue = "1s")
    Duration reconnectDelay;

    void follow(Actor actor, OptionalLong resumeAfter, SseEventSink sink, Sse sse) {
        Console console = new Console(actor, Set.copyOf(feed.watchedSites(actor)), sink, sse);
        synchronized (console) {
            if (resumeAfter.isPresent()) {
                console.last = resumeAfter.getAsLong();
                consoles.add(console);
                console.sendAfter();
            } else {
                consoles.add(console);
                LiveAlertFeedQuery.Opening opening = feed.open(actor);
                opening.openAlerts().forEach(console::send);
                console.last = Math.max(console.last, opening.continueAfter());
                console.sendAfter(); // what was committed while the opening was read
            }
        }
        // A first comment at once: the browser knows the stream is open before any alert comes.
        console.comment("connected");
        if (heartbeatTask == null) {
            startHeartbeat();
        }
    }

    private volatile java.util.concurrent.ScheduledFuture<?> heartbeatTask;

    private synchronized void startHeartbeat() {
        if (heartbeatTask == null) {
            long every = Math.max(100, heartbeat.toMillis());
            heartbeatTask = heartbeats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** A new alert at one of these sites was committed (null: unknown which, e.g. after listening resumed). */
    void alertCommitted(Set<String> sites) {
        for (Console console : consoles) {
            if (sites == null || sites.stream().anyMatch(console.sites::contains)) {
                senders.execute(console::sendAfterSafely);
            }
        }
    }

    int connected() {
        return consoles.size();
    }

    private void beat() {
        for (Console console : consoles) {
            if (console.sink.isClosed()) {
                consoles.remove(console);
            } else {
                console.comment("heartbeat");
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        heartbeats.shutdownNow();
        senders.shutdownNow();
        consoles.forEach(c -> c.sink.close());
        consoles.clear();
    }

    private final class Console {
        final Actor actor;
        final Set<String> sites;
        final SseEventSink sink;
        final Sse sse;
        long last;

        Console(Actor actor, Set<String> sites, SseEventSink sink, Sse sse) {
            this.actor = actor;
            this.sites = sites;
            this.sink = sink;
            this.sse = sse;
        }

        void sendAfterSafely() {
            try {
                synchronized (this) {
                    sendAfter();
                }
            } catch (RuntimeException e) {
                LOG.warnf("A live console could not be brought up to date (%s); it catches up at the next alert",
                        e.getClass().getSimpleName());
            }
        }

        /** Sends every alert after the last one sent, page by page. */
        void sendAfter() {
            while (!sink.isClosed()) {
                List<LiveAlert> missed = feed.after(actor, last);
                missed.forEach(this::send);
                if (missed.size() < LiveAlertFeedQuery.PAGE) {
                    return;
                }
            }
            consoles.remove(this);
        }

        void send(LiveAlert alert) {
            if (sink.isClosed()) {
                consoles.remove(this);
                return;
            }
            String data;
            try {
                data = json.writeValueAsString(LiveAlertResponse.of(alert));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a live alert could not be written", e);
            }
            OutboundSseEvent event = sse.newEventBuilder().id(Long.toString(alert.sequence())).name(EVENT)
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(data)
                    .reconnectDelay(reconnectDelay.toMillis()).build();
            sink.send(event).whenComplete((done, failure) -> {
                if (failure != null) {
                    consoles.remove(this);
                }
            });
            last = Math.max(last, alert.sequence());
        }

        void comment(String text) {
            if (sink.isClosed()) {
                consoles.remove(this);
                return;
            }
            sink.send(sse.newEventBuilder().comment(text).build()).whenComplete((done, failure) -> {
                if (failure != null) {
                    consoles.remove(this);
                }
            });
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
