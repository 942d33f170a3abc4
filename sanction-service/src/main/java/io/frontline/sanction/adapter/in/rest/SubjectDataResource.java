package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.security.CurrentActor;
import io.frontline.sanction.application.port.in.SubjectDataUseCase;
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

/** A customer's request for access or erasure, by subject key: the measures against them. */
@Path("/api/subjects/{subjectKey}/data")
@Tag(name = "Subject access and erasure")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectDataResource {
    @Inject
    SubjectDataUseCase subjectData;

    @Inject
    CurrentActor currentActor;

    public record Export(String service, String subjectKey, List<MeasureResponse> measures, int violations,
                         int incidents) {
    }

    public record Erasure(String service, String subjectKey, List<String> erasedMeasures, int incidents,
                          List<SubjectDataUseCase.Kept> kept) {
    }

    @GET
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Everything this service holds about a customer: measures, violations, incidents remembered")
    public Export export(@PathParam("subjectKey") String subjectKey) {
        SubjectKey key = key(subjectKey);
        SubjectDataUseCase.SubjectData data = subjectData.export(currentActor.get(), key);
        return new Export("sanction-service", key.value(), data.measures().stream().map(MeasureResponse::of).toList(),
                data.violations(), data.incidents());
    }

    @DELETE
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Erase what may be erased about a customer; says what is kept and why (legal hold)")
    public Erasure erase(@PathParam("subjectKey") String subjectKey) {
        SubjectKey key = key(subjectKey);
        SubjectDataUseCase.SubjectErasure erased = subjectData.erase(currentActor.get(), key);
        return new Erasure("sanction-service", key.value(), erased.erasedMeasures(), erased.incidents(),
                erased.kept());
    }

    private static SubjectKey key(String value) {
        try {
            return new SubjectKey(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no such subject");
        }
    }
}
