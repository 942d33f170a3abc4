package io.frontline.platform.audit;

import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.web.ConfidentialReadCsv;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read which confidential record of this service, when, and whether it was shown; HQ safety and admins. */
@Path("/api/audit/confidential-reads")
@Tag(name = "Audit")
@SecurityRequirement(name = "SecurityScheme")
@IfBuildProperty(name = ConfidentialReadTrail.ENABLED, stringValue = "true")
public class ConfidentialReadTrailResource {
    @Inject
    ConfidentialReadTrail trail;

    @Inject
    CurrentActor currentActor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The trail of confidential reads, newest first (kind, actor, outcome granted|refused, from, to)")
    public ListPage<ConfidentialRead.Line> list(@QueryParam("kind") String kind, @QueryParam("actor") String actor,
                                                @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                                                @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                                                @QueryParam("cursor") String cursor) {
        ConfidentialRead.Filter filter = ConfidentialRead.Filter.of(kind, actor, outcome, from, to);
        return trail.trail(currentActor.get(), filter, cursor, ListPage.limit(limit)).map(ConfidentialRead.Line::of);
    }

    @GET
    @Path("export")
    @Produces(ConfidentialReadCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The trail of confidential reads as CSV, newest first, at most 10,000 lines (same filters)")
    public Response export(@QueryParam("kind") String kind, @QueryParam("actor") String actor,
                           @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        ConfidentialRead.Filter filter = ConfidentialRead.Filter.of(kind, actor, outcome, from, to);
        String csv = ConfidentialReadCsv.of(trail.export(currentActor.get(), filter));
        return Response.ok(csv, ConfidentialReadCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"confidential-reads.csv\"").build();
    }
}
