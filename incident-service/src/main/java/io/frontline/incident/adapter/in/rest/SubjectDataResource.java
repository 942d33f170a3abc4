package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.port.in.SubjectDataUseCase;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.security.CurrentActor;
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

import java.util.List;

/** A customer's request for access or erasure, by subject key: what this service holds about them. */
@Path("/api/subjects/{subjectKey}/data")
@Tag(name = "Subject access and erasure")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectDataResource {
    @Inject
    SubjectDataUseCase subjectData;

    @Inject
    CurrentActor currentActor;

    public record Export(String service, String subjectKey, List<IncidentResponse> incidents, int calls,
                         boolean repeatPattern) {
    }

    public record Erasure(String service, String subjectKey, List<String> unlinkedIncidents, int erasedCalls,
                          List<SubjectDataUseCase.Kept> kept) {
    }

    @GET
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Everything this service holds about a customer: incidents naming them, their calls")
    public Export export(@PathParam("subjectKey") String subjectKey) {
        SubjectKey key = key(subjectKey);
        SubjectDataUseCase.SubjectData data = subjectData.export(currentActor.get(), key);
        return new Export("incident-service", key.value(),
                data.incidents().stream().map(IncidentResponse::of).toList(), data.calls(), data.repeatPattern());
    }

    @DELETE
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Erase what may be erased about a customer; says what is kept and why (legal hold)")
    public Erasure erase(@PathParam("subjectKey") String subjectKey) {
        SubjectKey key = key(subjectKey);
        SubjectDataUseCase.SubjectErasure erased = subjectData.erase(currentActor.get(), key);
        return new Erasure("incident-service", key.value(), erased.unlinked(), erased.calls(), erased.kept());
    }

    private static SubjectKey key(String value) {
        try {
            return new SubjectKey(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no such subject");
        }
    }
}
