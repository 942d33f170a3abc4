package io.frontline.platform.subject;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.security.CurrentActor;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's request for access or erasure, by subject key: what this service holds about them, in the one shape
 * of {@link SubjectData}. The same in every service that keeps customer data, so it is written once here; a service
 * switches it on with the build property {@code frontline.subject-data.enabled=true} and implements
 * {@link SubjectDataHolder}. complaint-service's {@code POST /api/subject-requests} asks every service through it.
 * A malformed key is "no such subject" (404): the key is a path segment, not an input to correct.
 */
@Path("/api/subjects/{subjectKey}/data")
@Tag(name = "Subject access and erasure")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = SubjectDataResource.ENABLED, stringValue = "true")
public class SubjectDataResource {
    static final String ENABLED = "frontline.subject-data.enabled";

    @Inject
    SubjectDataHolder holder;

    @Inject
    CurrentActor currentActor;

    @GET
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Everything this service holds about a customer, by kind (subject access, GDPR art. 15)")
    public SubjectData.Export export(@PathParam("subjectKey") String subjectKey) {
        return holder.export(currentActor.get(), key(subjectKey));
    }

    @DELETE
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Erase what may be erased about a customer; says what is kept and why (legal hold)")
    public SubjectData.Erasure erase(@PathParam("subjectKey") String subjectKey) {
        return holder.erase(currentActor.get(), key(subjectKey));
    }

    private static SubjectKey key(String value) {
        if (!SubjectKey.isValid(value)) {
            throw new NotFoundException("no such subject");
        }
        return new SubjectKey(value);
    }
}
