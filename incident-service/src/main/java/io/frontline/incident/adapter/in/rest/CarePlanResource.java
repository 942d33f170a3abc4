package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.CareTask;
import io.frontline.incident.application.domain.model.CareTaskStatus;
import io.frontline.incident.application.port.in.CompleteCareTaskCommand;
import io.frontline.incident.application.port.in.VictimCareUseCase;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The victim's care plan of an incident. */
@Path("/api/incidents")
@Tag(name = "Victim care")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CarePlanResource {
    @Inject
    VictimCareUseCase care;

    @Inject
    CurrentActor currentActor;

    public record CareTaskResponse(UUID id, String task, Instant dueAt, String status, String note,
                                   String completedBy, Instant completedAt, Instant overdueReportedAt) {
        static CareTaskResponse of(CareTask t) {
            return new CareTaskResponse(t.id(), IncidentResponse.wire(t.kind().name()), t.dueAt(),
                    IncidentResponse.wire(t.status().name()), t.note().orElse(null), t.completedBy().orElse(null),
                    t.completedAt().orElse(null), t.overdueReportedAt().orElse(null));
        }
    }

    @GET
    @Path("{id}/care-plan")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The care plan's tasks, by due time")
    public List<CareTaskResponse> carePlan(@PathParam("id") UUID id) {
        return care.carePlan(currentActor.get(), id).stream().map(CareTaskResponse::of).toList();
    }

    @POST
    @Path("{id}/care-plan/tasks/{taskId}/{outcome: done|skipped}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Mark a care task done or skipped, with a note")
    public CareTaskResponse complete(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                                     @PathParam("outcome") String outcome, @Valid @NotNull NoteRequest body) {
        return CareTaskResponse.of(care.complete(new CompleteCareTaskCommand(currentActor.get(), id, taskId,
                "done".equals(outcome) ? CareTaskStatus.DONE : CareTaskStatus.SKIPPED, body.note())));
    }

    @POST
    @Path("{id}/care-plan/specialist-referral")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Flag that the victim needs a specialist: adds a referral task")
    public CareTaskResponse flagSpecialist(@PathParam("id") UUID id) {
        return CareTaskResponse.of(care.flagSpecialistNeeded(currentActor.get(), id));
    }
}
