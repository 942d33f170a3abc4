package io.frontline.incident.adapter.in.live;

import io.frontline.incident.application.domain.model.LiveAlert;
import io.frontline.incident.application.port.in.LiveAlertFeedQuery;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.OptionalLong;

/**
 * The floor supervisor's live console: the alerts of live detection at their call centers, pushed as server-sent
 * events the moment they are committed, each with {@code id:} its number in the feed, so that a browser that lost the
 * connection comes back with {@code Last-Event-ID} and gets what it missed from the database.
 */
@Path("/api/live-alerts")
@Tag(name = "Live call-center detection")
@SecurityRequirement(name = "SecurityScheme")
public class LiveAlertStreamResource {
    @Inject
    LiveAlertFeedQuery feed;

    @Inject
    LiveAlertConsoles consoles;

    @Inject
    CurrentActor currentActor;

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Live alerts at your call centers as server-sent events (event live-alert, id = its number); "
            + "without Last-Event-ID (or after) first the alerts of open suggestions, with it those after it; "
            + "a comment as heartbeat")
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("after") String after) {
        OptionalLong resumeAfter = sequence(lastEventId != null && !lastEventId.isBlank() ? lastEventId : after);
        consoles.follow(currentActor.get(), resumeAfter, sink, sse);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The same alerts without a stream: those after a number (at most 200, oldest first), or "
            + "without one those of open suggestions")
    public List<LiveAlertResponse> list(@QueryParam("after") String after) {
        Actor actor = currentActor.get();
        OptionalLong from = sequence(after);
        List<LiveAlert> alerts = from.isPresent() ? feed.after(actor, from.getAsLong()) : feed.open(actor).openAlerts();
        return alerts.stream().map(LiveAlertResponse::of).toList();
    }

    /** A number of the feed: digits only, else 400 (without repeating what was sent). */
    static OptionalLong sequence(String value) {
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        String v = value.strip();
        if (v.length() > 18 || !v.chars().allMatch(Character::isDigit)) {
            throw new InvalidValue("after", "The number of the last alert seen (Last-Event-ID or after) must be "
                    + "a whole number");
        }
        return OptionalLong.of(Long.parseLong(v));
    }
}
