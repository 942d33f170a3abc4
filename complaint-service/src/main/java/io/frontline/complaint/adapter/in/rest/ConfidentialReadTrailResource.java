package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.port.in.ReadConfidentialReadTrailQuery;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.web.ConfidentialReadCsv;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Who read which confidential record of this service, when, and whether it was shown; HQ safety and admins. */
@Path("/api/audit/confidential-reads")
@Tag(name = "Audit")
@SecurityRequirement(name = "SecurityScheme")
public class ConfidentialReadTrailResource {
    @Inject
    ReadConfidentialReadTrailQuery trail;

    @Inject
    CurrentActor currentActor;

    public record ReadLine(long id, Instant at, String actor, String kind, String target, String outcome) {
        static ReadLine of(ConfidentialRead r) {
            return new ReadLine(r.id(), r.at(), r.actor(), r.kind(), r.target(), r.granted() ? "granted" : "refused");
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The trail of confidential reads, newest first (kind, actor, outcome granted|refused, from, to)")
    public ListPage<ReadLine> list(@QueryParam("kind") String kind, @QueryParam("actor") String actor,
                                   @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                                   @QueryParam("cursor") String cursor) {
        return trail.trail(currentActor.get(), filter(kind, actor, outcome, from, to), cursor, ListPage.limit(limit))
                .map(ReadLine::of);
    }

    @GET
    @Path("export")
    @Produces(ConfidentialReadCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The trail of confidential reads as CSV, newest first, at most 10,000 lines (same filters)")
    public Response export(@QueryParam("kind") String kind, @QueryParam("actor") String actor,
                           @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        String csv = ConfidentialReadCsv.of(trail.export(currentActor.get(), filter(kind, actor, outcome, from, to)));
        return Response.ok(csv, ConfidentialReadCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"confidential-reads.csv\"").build();
    }

    private static ConfidentialRead.Filter filter(String kind, String actor, String outcome, String from, String to) {
        Boolean granted = null;
        if (outcome != null && !outcome.isBlank()) {
            granted = switch (outcome.strip()) {
                case "granted" -> true;
                case "refused" -> false;
                default -> throw new InvalidValue("outcome", "outcome must be one of granted, refused");
            };
        }
        return new ConfidentialRead.Filter(blankToNull(kind), blankToNull(actor), granted, instant(from, "from"),
                instant(to, "to"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, field + " must be an instant such as 2026-11-01T00:00:00Z");
        }
    }
}
