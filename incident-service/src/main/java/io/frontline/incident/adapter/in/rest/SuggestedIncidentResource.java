package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.SuggestedIncident;
import io.frontline.incident.application.domain.model.SuggestedIncidentStatus;
import io.frontline.incident.application.port.in.DecideSuggestedIncidentCommand;
import io.frontline.incident.application.port.in.ListSuggestionsCommand;
import io.frontline.incident.application.port.in.SuggestedIncidentsUseCase;
import io.frontline.incident.application.port.in.TakeOverSuggestedIncidentCommand;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The floor supervisor's view of live detection: suggested incidents to confirm or dismiss. */
@Path("/api/suggested-incidents")
@Tag(name = "Live call-center detection")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestedIncidentResource {
    @Inject
    SuggestedIncidentsUseCase suggestions;

    @Inject
    CurrentActor currentActor;

    public record SuggestionResponse(UUID id, String callId, String site, String agentId, String callerSubjectKey,
                                     List<String> rules, Instant suggestedAt, String status,
                                     String dismissalReason, String decidedBy, Instant decidedAt, UUID incidentId) {
        static SuggestionResponse of(SuggestedIncident s) {
            return new SuggestionResponse(s.id(), s.callId(), s.siteId(), s.agentId(),
                    s.callerSubjectKey() == null ? null : s.callerSubjectKey().value(),
                    s.rules().stream().map(r -> IncidentResponse.wire(r.name())).toList(), s.suggestedAt(),
                    IncidentResponse.wire(s.status().name()), s.dismissalReason(), s.decidedBy(), s.decidedAt(),
                    s.incidentId());
        }
    }

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Suggestions at your call centers, by status (open, confirmed, dismissed), newest first",
            description = "A list page: {items, next}. sort: -suggested (the only one); limit 1..200 (default 50); "
                    + "cursor: the previous page's next.")
    public ListPage<SuggestionResponse> list(@QueryParam("status") String status, @QueryParam("sort") String sort,
                                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        if (sort != null && !sort.isBlank() && !ListSuggestionsCommand.SORT.equals(sort.strip())) {
            throw new InvalidValue("sort", "sort must be one of " + ListSuggestionsCommand.SORT);
        }
        return suggestions.suggestions(new ListSuggestionsCommand(currentActor.get(),
                        WireName.parse(SuggestedIncidentStatus.class, status, "status"), ListPage.limit(limit),
                        Cursor.parse(cursor, ListSuggestionsCommand.SORT)))
                .map(SuggestionResponse::of);
    }

    public record RuleOutcome(String rule, long open, long confirmed, long dismissed) {
    }

    @GET
    @Path("outcomes")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Per detection rule, how many suggestions were confirmed and dismissed: for tuning")
    public List<RuleOutcome> outcomes() {
        return suggestions.outcomes(currentActor.get()).stream()
                .map(o -> new RuleOutcome(IncidentResponse.wire(o.rule().name()), o.open(), o.confirmed(),
                        o.dismissed())).toList();
    }

    @POST
    @Path("{id}/confirmation")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Confirm the suggestion: it becomes a normal incident")
    public SuggestionResponse confirm(@PathParam("id") UUID id) {
        return SuggestionResponse.of(suggestions.decide(new DecideSuggestedIncidentCommand(currentActor.get(), id,
                true, null)));
    }

    @POST
    @Path("{id}/takeover")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Take the call over: recorded with who and when; the live alert stops paging those above you")
    public SuggestionResponse takeOver(@PathParam("id") UUID id) {
        return SuggestionResponse.of(suggestions.takeOver(new TakeOverSuggestedIncidentCommand(currentActor.get(), id)));
    }

    @POST
    @Path("{id}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Dismiss the suggestion with a reason; kept for tuning detection")
    public SuggestionResponse dismiss(@PathParam("id") UUID id, @Valid NoteRequest body) {
        return SuggestionResponse.of(suggestions.decide(new DecideSuggestedIncidentCommand(currentActor.get(), id,
                false, body == null ? null : body.note())));
    }
}
