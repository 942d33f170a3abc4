package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.prevention.application.domain.model.ComplianceReport;
import io.frontline.prevention.application.port.in.ComplianceReportQuery;
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

import java.time.LocalDate;

/**
 * The compliance report for a site ({@code site=}) or the chain: JSON for HQ ({@code /api/compliance}), CSV to
 * download ({@code /api/compliance.csv}).
 */
@Path("/api")
@Tag(name = "Compliance")
@SecurityRequirement(name = "SecurityScheme")
public class ComplianceResource {
    public static final String CSV = "text/csv";

    @Inject
    ComplianceReportQuery reports;

    @Inject
    CurrentActor currentActor;

    @GET
    @Path("compliance")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Duty by duty, the figures with their dates and the gaps, for a site or the chain; "
            + "incidents counted from..to (default: the last 12 months)")
    public ComplianceReport json(@QueryParam("site") String site, @QueryParam("from") LocalDate from,
                                 @QueryParam("to") LocalDate to) {
        return reports.report(currentActor.get(), site, from, to);
    }

    @GET
    @Path("compliance.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "The same report as CSV to download: one row per figure, then one per gap")
    public Response csv(@QueryParam("site") String site, @QueryParam("from") LocalDate from,
                        @QueryParam("to") LocalDate to) {
        ComplianceReport report = reports.report(currentActor.get(), site, from, to);
        String name = "compliance-" + (report.siteId() == null ? "chain" : report.siteId()) + "-" + report.to() + ".csv";
        return Response.ok(ComplianceCsv.write(report), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
