package io.frontline.notification.adapter.in.rest.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationStatus;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationCommand;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationUseCase;
import io.frontline.notification.application.port.in.escalation.ReadEscalationsQuery;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.ListPage;
import io.frontline.notification.application.port.in.escalation.ListEscalationsCommand;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import java.util.UUID;

/**
 * Escalations for the people who can be on a level: see those of your sites and regions and those you were told
 * (HQ safety: all) and acknowledge one, which stops every further level. Outside your scope an escalation is
 * "not found".
 */
@Path("/api/escalations")
@Tag(name = "Escalations")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR})
public class EscalationResource {
    @Inject
    ReadEscalationsQuery read;

    @Inject
    AcknowledgeEscalationUseCase acknowledge;

    @Inject
    CurrentActor currentActor;

    @GET
    @Operation(summary = "Escalations in your scope, newest first (sort -started or started), one page at a time: "
            + "?status=open|acknowledged|exhausted&level=&policy=&reference=&limit=&cursor=")
    public ListPage<EscalationResponse> list(@QueryParam("status") String status, @QueryParam("level") Integer level,
                                             @QueryParam("policy") String policy,
                                             @QueryParam("reference") String reference,
                                             @QueryParam("sort") String sort, @QueryParam("limit") Integer limit,
                                             @QueryParam("cursor") String cursor) {
        return read.escalations(new ListEscalationsCommand(currentActor.get(),
                WireName.parse(EscalationStatus.class, status, "status"), level, policy, reference, sort,
                ListPage.limit(limit), cursor)).map(EscalationResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One escalation with the levels told so far")
    public EscalationResponse get(@PathParam("id") UUID id) {
        return EscalationResponse.of(read.escalation(currentActor.get(), id));
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge: you take it, and no further level is told")
    public EscalationResponse acknowledge(@PathParam("id") UUID id) {
        return EscalationResponse.of(acknowledge.acknowledge(new AcknowledgeEscalationCommand(currentActor.get(), id)));
    }
}
