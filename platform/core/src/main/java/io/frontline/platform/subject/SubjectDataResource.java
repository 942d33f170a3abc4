package io.frontline.platform.subject;

import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.security.CurrentActor;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's request for access or erasure, by subject key: what this service holds about them, in the one shape
 * of {@link SubjectData}. The same in every service that keeps customer data, so it is written once here; a service
 * switches it on with the build property {@code frontline.subject-data.enabled=true} and implements
 * {@link SubjectDataHolder}. complaint-service's {@code POST /api/subject-requests} asks every service through it.
 * A malformed key is "no such subject" (404): the key is a path segment, not an input to correct.
 * <p>
 * {@code ?complaint=<id>} (repeatable, at most {@value #MAX_COMPLAINTS}) names the customer's complaints as
 * complaint-service knows them, for what a service keeps by complaint id only (the mails to a complainant); a
 * malformed id is a 400 problem that does not repeat it.
 */
@Path("/api/subjects/{subjectKey}/data")
@Tag(name = "Subject access and erasure")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = SubjectDataResource.ENABLED, stringValue = "true")
public class SubjectDataResource {
    static final String ENABLED = "frontline.subject-data.enabled";
    /** The most complaint ids one request may name: complaint-service asks in parts of this size. */
    public static final int MAX_COMPLAINTS = 200;
    private static final String COMPLAINT = "complaint";
    private static final String COMPLAINT_HELP = "The id of one of the customer's complaints (complaint-service's "
            + "UUID), repeatable: what is kept about a complainant by complaint id only is included";

    @Inject
    SubjectDataHolder holder;

    @Inject
    CurrentActor currentActor;

    @GET
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Everything this service holds about a customer, by kind (subject access, GDPR art. 15)")
    public SubjectData.Export export(@PathParam("subjectKey") String subjectKey,
                                     @Parameter(description = COMPLAINT_HELP) @QueryParam(COMPLAINT)
                                     @Size(max = MAX_COMPLAINTS) List<@Size(max = 36) String> complaints) {
        return holder.export(currentActor.get(), key(subjectKey), complaintIds(complaints));
    }

    @DELETE
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Erase what may be erased about a customer; says what is kept and why (legal hold)")
    public SubjectData.Erasure erase(@PathParam("subjectKey") String subjectKey,
                                     @Parameter(description = COMPLAINT_HELP) @QueryParam(COMPLAINT)
                                     @Size(max = MAX_COMPLAINTS) List<@Size(max = 36) String> complaints) {
        return holder.erase(currentActor.get(), key(subjectKey), complaintIds(complaints));
    }

    private static SubjectKey key(String value) {
        if (!SubjectKey.isValid(value)) {
            throw new NotFoundException("no such subject");
        }
        return new SubjectKey(value);
    }

    /** The complaint ids, strictly in the canonical form (36 characters); none given is the empty set. */
    static Set<UUID> complaintIds(List<String> values) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (values == null) {
            return ids;
        }
        if (values.size() > MAX_COMPLAINTS) {
            throw new InvalidValue(COMPLAINT, "At most " + MAX_COMPLAINTS + " complaint ids in one request");
        }
        for (String value : values) {
            ids.add(complaintId(value));
        }
        return ids;
    }

    private static UUID complaintId(String value) {
        if (value != null && value.length() == 36) {
            try {
                UUID id = UUID.fromString(value);
                if (id.toString().equals(value.toLowerCase(Locale.ROOT))) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // answered below, without the value
            }
        }
        throw new InvalidValue(COMPLAINT, "complaint must be the id of a complaint (a UUID such as "
                + "3f2b6c1e-8d4a-4b7e-9c21-5a0e7d9b4f10)");
    }
}
