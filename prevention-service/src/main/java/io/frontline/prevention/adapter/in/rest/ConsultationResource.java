package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.prevention.application.domain.model.Consultation;
import io.frontline.prevention.application.port.in.ConsultCommand;
import io.frontline.prevention.application.port.in.ConsultationDeskUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Consultations: an employee consults the desk person they choose; only the two of them read it (anyone else gets
 * 404). The answer carries the fields of an incident report, so the consultation becomes one without retyping.
 */
@Path("/api/consultations")
@Tag(name = "Consultation desk")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {
    @Inject
    ConsultationDeskUseCase desks;

    @Inject
    CurrentActor currentActor;

    public record ConsultRequest(String site, String deskPerson, String subject, String text, Instant occurredAt) {
    }

    /** The fields incident-service's report takes (POST /api/incidents), pre-filled from the consultation. */
    public record IncidentDraft(String siteId, Instant occurredAt, String description) {
    }

    public record ConsultationResponse(String id, String site, String employee, String deskPerson, String subject,
                                       String text, Instant occurredAt, Instant createdAt, IncidentDraft asIncidentReport) {
        static ConsultationResponse of(Consultation c) {
            return new ConsultationResponse(c.id().toString(), c.siteId(), c.employeeId(), c.deskPersonId(), c.subject(),
                    c.text(), c.occurredAt(), c.createdAt(),
                    new IncidentDraft(c.siteId(), c.occurredAt() != null ? c.occurredAt() : c.createdAt(), c.text()));
        }
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Consult the desk person you choose (first contact or a counsellor of the site's desk)")
    public Response consult(@NotNull ConsultRequest request) {
        Consultation c = desks.consult(new ConsultCommand(currentActor.get(), request.site(), request.deskPerson(),
                request.subject(), request.text(), request.occurredAt()));
        return Response.status(201).entity(ConsultationResponse.of(c)).build();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "Your consultations: those you held and those held with you, newest first")
    public List<ConsultationResponse> mine() {
        return desks.consultations(currentActor.get()).stream().map(ConsultationResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "One consultation, for the employee and the chosen desk person only")
    public ConsultationResponse get(@PathParam("id") UUID id) {
        return ConsultationResponse.of(desks.consultation(currentActor.get(), id));
    }
}
