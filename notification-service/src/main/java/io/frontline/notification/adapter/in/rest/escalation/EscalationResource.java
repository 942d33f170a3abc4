package io.frontline.notification.adapter.in.rest.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationStatus;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationCommand;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationUseCase;
import io.frontline.notification.application.port.in.escalation.ReadEscalationsQuery;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
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

import java.util.List;
import java.util.Locale;
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
    @Operation(summary = "Escalations in your scope, newest first; ?status=open|acknowledged|exhausted")
    public List<EscalationResponse> list(@QueryParam("status") String status) {
        return read.escalations(currentActor.get(), status(status)).stream().map(EscalationResponse::of).toList();
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

    private static EscalationStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (EscalationStatus status : EscalationStatus.values()) {
            if (status.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        throw new RuleViolation("status", "Unknown status " + value + "; use open, acknowledged or exhausted");
    }
}
