package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.port.in.ComplainantPrivacyUseCase;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Subject-access requests (GDPR art. 15): everything held about a complainant, found by the subject key of the
 * e-mail address or phone number given. A POST body, so the identifiers never appear in URLs or access logs.
 */
@Path("/api/complaints/subject-access")
@Tag(name = "Privacy")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectAccessResource {
    @Inject
    ComplainantPrivacyUseCase privacy;

    @Inject
    CurrentActor currentActor;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.HQ_SAFETY})
    @Operation(summary = "Export the complaints and contact data of one complainant")
    public List<ComplainantPrivacyUseCase.SubjectAccessRecord> export(
            @Valid @NotNull WorkflowRequests.SubjectAccess request) {
        if ((request.email() == null || request.email().isBlank())
                && (request.phone() == null || request.phone().isBlank())) {
            throw new io.frontline.platform.domain.RuleViolation("email", "Give an e-mail address or a phone number");
        }
        return privacy.export(currentActor.get(), request.email(), request.phone());
    }
}
