package io.frontline.incident.adapter.in.callcenter;

import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.callcenter.TranscriptSegmentV1;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The other route for transcript segments (issue 15): a call-center platform that cannot write to
 * {@code callcenter.transcripts} posts batches of segments here with its client-credentials token. Each segment
 * is screened in this request, by the same {@link TranscriptScreening} as the topic's records — the raw caller
 * number hashed into the subject key by the same {@link CallerNumbers}, the same use case, the same inbox — so
 * alerts and suggestions are the same whichever route a segment took, and the raw number is never put on a topic.
 * A segment's event id is derived from what it is (call, speaker, offsets, text), so a batch sent again after a
 * timeout screens nothing twice.
 */
@Path(SegmentIngestResource.PATH)
@Tag(name = "Live call-center detection")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentIngestResource {
    static final String PATH = "/api/callcenter/segments";
    static final String SOURCE = "/frontline/callcenter-platform/http";

    @Inject
    TranscriptScreening screening;

    @Inject
    CurrentActor currentActor;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @ConfigProperty(name = "frontline.callcenter.ingest.max-segments", defaultValue = "100")
    int maxSegments;

    /** What the batch raised: per call, the rules whose first hit in the call was in this batch. */
    public record IngestResponse(int screened, List<CallAlerts> alerts) {
    }

    public record CallAlerts(String callId, Set<String> rules) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CALL_STREAM)
    @Operation(summary = "Screen a batch of transcript segments of running calls at your call centers")
    public Response ingest(@NotNull @Valid SegmentBatchRequest batch, @Context UriInfo uri) {
        long receivedAt = System.nanoTime();
        if (batch.segments().size() > maxSegments) {
            return Response.status(413).type(Problem.MEDIA_TYPE).entity(new Problem(
                    "https://frontline.io/problems/payload-too-large", "Payload too large", 413,
                    "A batch may hold at most " + maxSegments + " segments", uri.getPath(), List.of())).build();
        }
        Actor actor = currentActor.get();
        for (SegmentBatchRequest.Segment segment : batch.segments()) {
            if (!actor.canAccessSite(segment.siteId(), organisation)) {
                throw new AccessDenied("You cannot send segments for site " + segment.siteId());
            }
        }
        Map<String, Set<String>> raised = new LinkedHashMap<>();
        for (SegmentBatchRequest.Segment segment : batch.segments()) {
            for (LiveRule rule : screening.screen(envelope(segment), receivedAt)) {
                raised.computeIfAbsent(segment.callId(), c -> new TreeSet<>())
                        .add(rule.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        List<CallAlerts> alerts = new ArrayList<>();
        raised.forEach((callId, rules) -> alerts.add(new CallAlerts(callId, rules)));
        return Response.ok(new IngestResponse(batch.segments().size(), alerts)).build();
    }

    /** The segment as the topic would carry it; the raw number goes no further than {@link TranscriptScreening}. */
    private EventEnvelope envelope(SegmentBatchRequest.Segment s) {
        TranscriptSegmentV1 data = new TranscriptSegmentV1(s.callId(), s.siteId(), s.agentId(), s.callerSubjectKey(),
                s.speaker(), s.text(), s.startOffsetMs(), s.endOffsetMs(), s.language(), s.callerNumber());
        UUID id = UUID.nameUUIDFromBytes(String.join("\u0000", "transcript-segment", s.callId(), s.siteId(),
                s.agentId(), s.speaker(), String.valueOf(s.startOffsetMs()), String.valueOf(s.endOffsetMs()), s.text())
                .getBytes(StandardCharsets.UTF_8));
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, id, SOURCE, CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1,
                clock.instant(), s.callId(), EventEnvelope.JSON, EventCodec.toData(data));
    }
}
