package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.sanction.adapter.in.rest.MeasureRequests.ProposeStaffMeasureRequest;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureType;
import io.frontline.sanction.application.domain.model.StaffTerms;
import io.frontline.sanction.application.port.in.ProposeMeasureUseCase;
import io.frontline.sanction.application.port.in.ProposeStaffMeasureCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff measures (seed 004) are proposed by HR after the internal procedure; once proposed they are
 * measures like any other, read and decided at {@code /api/measures/{id}}.
 */
@Path("/api/staff-measures")
@Tag(name = "Measures")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffMeasureResource {
    @Inject
    ProposeMeasureUseCase propose;

    @Inject
    CurrentActor currentActor;

    @POST
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Propose a staff measure after the internal procedure, with the committee's advice")
    public Response proposeStaff(@Valid @NotNull ProposeStaffMeasureRequest request, UriInfo uri) {
        MeasureType type = Wire.parse(MeasureType.class, request.type(), "type");
        StaffTerms terms = new StaffTerms(request.suspensionDays(), request.fineAmount(), request.transferToSite(),
                request.procedureReference(), request.committeeAdvice().advisedMeasure(),
                request.committeeAdvice().followed(), request.committeeAdvice().departureReason());
        Measure measure = propose.propose(new ProposeStaffMeasureCommand(currentActor.get(), type,
                request.employeeId(), request.site(), terms, request.startsAt(), request.reason()));
        return Response.created(uri.getBaseUriBuilder().path("api/measures").path(measure.id().toString()).build())
                .entity(MeasureResponse.of(measure)).build();
    }
}
