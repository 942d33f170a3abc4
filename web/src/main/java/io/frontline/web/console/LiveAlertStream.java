package io.frontline.web.console;

import io.frontline.web.KeepsFormToken;
import io.frontline.web.services.LiveConsole;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live console's stream in the browser: incident-service's stream of live alerts, followed as the signed-in
 * person (their token on the upstream call, never in a URL), passed on event by event with the same {@code id:}.
 * The browser's {@code Last-Event-ID} after a reconnect (or {@code ?after=} when the script opens a new stream after
 * being offline) goes upstream, which answers with what was missed. A comment every few seconds keeps proxies from
 * closing a quiet stream and lets this end when the browser has gone.
 */
@Path("/console/stream")
@KeepsFormToken
@RolesAllowed({"site-manager", "hq-safety"})
public class LiveAlertStream {
    private static final Logger LOG = Logger.getLogger(LiveAlertStream.class);

    @RestClient
    LiveConsole console;

    @ConfigProperty(name = "frontline.console.heartbeat", defaultValue = "15s")
    Duration heartbeat;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId,
                       @QueryParam("after") String after) {
        String resume = number(lastEventId) != null ? number(lastEventId) : number(after);
        AtomicReference<Cancellable> upstream = new AtomicReference<>();
        AtomicReference<Cancellable> beats = new AtomicReference<>();
        Runnable end = () -> {
            cancel(upstream);
            cancel(beats);
            if (!sink.isClosed()) {
                sink.close();
            }
        };
        upstream.set(console.liveAlerts(resume).subscribe().with(event -> {
            if (sink.isClosed()) {
                end.run();
            } else if (event.data() != null && event.id() != null) {
                sink.send(sse.newEventBuilder().id(event.id()).name(event.name() == null ? "live-alert" : event.name())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(event.data()).reconnectDelay(1_000).build());
            }
        }, failure -> {
            LOG.infof("The live-alert stream from incident-service ended (%s%s); the browser reconnects",
                    failure.getClass().getSimpleName(), failure instanceof jakarta.ws.rs.WebApplicationException w
                            ? " " + w.getResponse().getStatus() : "");
            end.run();
        }, end));
        sink.send(sse.newEventBuilder().comment("connected").reconnectDelay(1_000).build());
        beats.set(Multi.createFrom().ticks().every(heartbeat).subscribe().with(tick -> {
            if (sink.isClosed()) {
                end.run();
            } else {
                sink.send(sse.newEventBuilder().comment("heartbeat").build()).whenComplete((done, failure) -> {
                    if (failure != null) {
                        end.run();
                    }
                });
            }
        }, failure -> end.run()));
    }

    private static void cancel(AtomicReference<Cancellable> subscription) {
        Cancellable c = subscription.getAndSet(null);
        if (c != null) {
            c.cancel();
        }
    }

    /** The number of the last alert seen: digits only, else none (the console then starts afresh). */
    static String number(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return !v.isEmpty() && v.length() <= 18 && v.chars().allMatch(Character::isDigit) ? v : null;
    }
}
