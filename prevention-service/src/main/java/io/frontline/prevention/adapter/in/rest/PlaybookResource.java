package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.prevention.application.domain.model.Playbook;
import io.frontline.prevention.application.port.in.PlaybookUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/**
 * Response playbooks per situation. {@code GET /api/playbooks?incidentType=threat} is the read endpoint the web and
 * incident-service use to show the matching playbook with a report (also for the call-center platform, client role
 * {@code playbook-read}).
 */
@Path("/api/playbooks")
@Tag(name = "Playbooks")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class PlaybookResource {
    @Inject
    PlaybookUseCase playbooks;

    @Inject
    CurrentActor currentActor;

    public record PlaybookRequest(String title, List<String> incidentTypes, Integer responders, String endingContact,
                                  String apology, String recording, List<String> listenFor, List<String> inform) {
    }

    public record PlaybookResponse(String situation, String title, List<String> incidentTypes, int responders,
                                   String endingContact, String apology, String recording, List<String> listenFor,
                                   List<String> inform, String updatedBy, Instant updatedAt) {
        static PlaybookResponse of(Playbook p) {
            return new PlaybookResponse(p.situation(), p.title(), p.incidentTypes(), p.responders(), p.endingContact(),
                    p.apology(), p.recording(), p.listenFor(), p.inform(), p.updatedBy(), p.updatedAt());
        }
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN, Roles.PLAYBOOK_READ})
    @Operation(summary = "Every playbook, or those that apply to an incident type (incidentType=threat)")
    public List<PlaybookResponse> list(@QueryParam("incidentType") String incidentType) {
        return playbooks.playbooks(incidentType == null || incidentType.isBlank() ? null : incidentType.strip())
                .stream().map(PlaybookResponse::of).toList();
    }

    @GET
    @Path("{situation}")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN, Roles.PLAYBOOK_READ})
    @Operation(summary = "One situation's playbook")
    public PlaybookResponse get(@PathParam("situation") String situation) {
        return PlaybookResponse.of(playbooks.playbook(situation));
    }

    @PUT
    @Path("{situation}")
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide or change the playbook of a situation (HQ safety)")
    public PlaybookResponse put(@PathParam("situation") String situation, @NotNull PlaybookRequest r) {
        return PlaybookResponse.of(playbooks.save(currentActor.get(), new Playbook(situation, r.title(), r.incidentTypes(),
                r.responders() == null ? 0 : r.responders(), r.endingContact(), r.apology(), r.recording(),
                r.listenFor(), r.inform(), null, null)));
    }
}
