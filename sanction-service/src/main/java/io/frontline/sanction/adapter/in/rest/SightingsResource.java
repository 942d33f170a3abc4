package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.sanction.application.port.in.ReadDoorListQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A measure's sightings at the door, for its managers (issue 20). */
@Path("/api/measures/{id}/sightings")
@Tag(name = "Door list")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SightingsResource {
    @Inject
    ReadDoorListQuery doorList;

    @Inject
    CurrentActor currentActor;

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The measure's sightings at the door, newest first: who, where, when, and whether each "
            + "counted as a violation")
    public List<DoorListResource.SightingResponse> sightingsOf(@PathParam("id") UUID id) {
        return doorList.sightings(currentActor.get(), id).stream().map(DoorListResource.SightingResponse::of).toList();
    }
}
