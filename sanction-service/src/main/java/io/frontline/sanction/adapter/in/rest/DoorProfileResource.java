package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.sanction.application.port.in.DescribeForDoorUseCase;
import io.frontline.sanction.application.port.in.SetDoorProfileCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/** A manager describes the person of an entry or contact ban for the door list (issue 20). */
@Path("/api/measures/{id}/door-profile")
@Tag(name = "Door list")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class DoorProfileResource {
    @Inject
    DescribeForDoorUseCase describe;

    @Inject
    CurrentActor currentActor;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Describe the person of an entry or contact ban for the door list; answers the reminder "
            + "words found (ethnicity, religion, health, orientation do not belong in it)")
    public DoorListResource.DoorProfileResponse setProfile(@PathParam("id") UUID id, @NotNull Map<String, String> body) {
        for (String field : body.keySet()) {
            if (!DoorListResource.PROFILE_FIELDS.contains(field)) {
                throw new InvalidValue(field, "A door profile has only the fields "
                        + String.join(", ", DoorListResource.PROFILE_FIELDS.stream().sorted().toList()));
            }
        }
        DescribeForDoorUseCase.Described described = describe.describe(currentActor.get(), new SetDoorProfileCommand(
                id, body.get("description"), body.get("height"), body.get("build"), body.get("hair"),
                body.get("clothing"), body.get("distinguishingMarks")));
        return DoorListResource.DoorProfileResponse.of(described.profile(), described.warnings());
    }
}
