package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.domain.model.ComplaintStatistics;
import io.frontline.complaint.application.port.in.ComplaintStatisticsQuery;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Recurring problems: counts, time to resolution, compliance with the term, trends (seed 002). */
@Path("/api/complaints/stats")
@Tag(name = "Complaints")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintStatisticsResource {
    @Inject
    ComplaintStatisticsQuery statistics;

    @Inject
    CurrentActor currentActor;

    @GET
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Complaints received from `from` to `to` (inclusive) in your sites, grouped by category, site or channel")
    public ComplaintStatistics.Report stats(@QueryParam("from") @NotNull LocalDate from,
                                            @QueryParam("to") @NotNull LocalDate to,
                                            @QueryParam("groupBy") @DefaultValue("category")
                                            @Pattern(regexp = "category|site|channel",
                                                    message = "must be category, site or channel") String groupBy) {
        return statistics.statistics(currentActor.get(), from, to,
                WireName.parse(ComplaintStatistics.GroupBy.class, groupBy, "groupBy"));
    }
}
