package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.sanction.application.port.in.ListIncidentSignalsQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/incident-signals")
@Tag(name = "Incident signals")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentSignalResource {
    @Inject
    ListIncidentSignalsQuery listSignals;

    @Inject
    CurrentActor currentActor;

    @GET
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER})
    @Operation(summary = "Reported incidents this service received, newest first, of the sites you oversee")
    public List<IncidentSignalResponse> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return listSignals.list(currentActor.get(), limit).stream().map(IncidentSignalResponse::of).toList();
    }
}
