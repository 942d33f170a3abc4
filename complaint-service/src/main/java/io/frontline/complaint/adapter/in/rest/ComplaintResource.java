package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.port.in.FileComplaintCommand;
import io.frontline.complaint.application.port.in.FileComplaintUseCase;
import io.frontline.complaint.application.port.in.GetComplaintQuery;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.domain.Roles;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

@Path("/api/complaints")
@Tag(name = "Complaints")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    @Inject
    FileComplaintUseCase fileComplaint;

    @Inject
    GetComplaintQuery getComplaint;

    @Inject
    CurrentActor currentActor;

    @POST
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.COMPLAINT_HANDLER, Roles.INTEGRATION, Roles.HQ_SAFETY})
    @Operation(summary = "File a complaint received by phone, letter or in store")
    public Response file(@Valid @NotNull FileComplaintRequest request, UriInfo uri) {
        Complaint complaint = fileComplaint.file(new FileComplaintCommand(currentActor.get(), request.site(),
                Channel.valueOf(enumName(request.channel())), Category.valueOf(enumName(request.category())),
                request.subject(), request.description(), request.language(), request.receivedAt()));
        return Response.created(uri.getAbsolutePathBuilder().path(complaint.id().toString()).build())
                .entity(ComplaintResponse.of(complaint)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Read a complaint of one of your sites")
    public ComplaintResponse get(@PathParam("id") UUID id) {
        return ComplaintResponse.of(getComplaint.get(currentActor.get(), id));
    }

    private static String enumName(String wire) {
        return wire.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
