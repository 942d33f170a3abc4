package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.domain.model.ComplaintStatistics;
import io.frontline.complaint.application.port.in.ComplaintStatisticsCommand;
import io.frontline.complaint.application.port.in.ComplaintStatisticsQuery;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Recurring problems: counts, time to resolution, compliance with the term, trends (seed 002), in the shape of
 * incident-service's safety figures (issue 14): the reader's scope, a site or region by name, days of the chain.
 */
@Path("/api/complaints/stats")
@Tag(name = "Complaints")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintStatisticsResource {
    @Inject
    ComplaintStatisticsQuery statistics;

    @Inject
    CurrentActor currentActor;

    /** The figures with the period, grouping and sites they cover. */
    public record StatisticsResponse(LocalDate from, LocalDate to, String groupBy, List<String> sites,
                                     long received, long resolved, long withinTerm, long overdue,
                                     ComplaintStatistics.Days daysToResolution, long total,
                                     Double medianHoursToResolution, Double shareResolvedWithinTerm,
                                     List<ComplaintStatistics.Group> groups, List<ComplaintStatistics.Week> trend,
                                     Map<String, List<ComplaintStatistics.Recurring>> recurringPerSite) {
    }

    @GET
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Complaint figures of the complaints received from `from` to `to` (dates, inclusive), in your scope",
            description = "site or region narrows the scope (one of them); a site or region you do not oversee is 403. "
                    + "A period ending before it starts or longer than 731 days is 422. "
                    + "groupBy: category (default), site, region, week, channel.")
    public StatisticsResponse stats(@QueryParam("from") @Size(max = 10) String from,
                                    @QueryParam("to") @Size(max = 10) String to,
                                    @QueryParam("site") @Size(max = 64) String site,
                                    @QueryParam("region") @Size(max = 64) String region,
                                    @QueryParam("groupBy") @Size(max = 16) String groupBy) {
        ComplaintStatisticsCommand command = new ComplaintStatisticsCommand(currentActor.get(), date(from, "from"),
                date(to, "to"), blank(site), blank(region),
                WireName.parse(ComplaintStatistics.GroupBy.class, groupBy, "groupBy"));
        ComplaintStatisticsQuery.Figures f = statistics.statistics(command);
        ComplaintStatistics.Report r = f.report();
        return new StatisticsResponse(command.from(), command.to(), WireName.of(command.groupBy()), f.sites(),
                r.received(), r.resolved(), r.withinTerm(), r.overdue(), r.daysToResolution(), r.total(),
                r.medianHoursToResolution(), r.shareResolvedWithinTerm(), r.groups(), r.trend(),
                r.recurringPerSite());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, field + " must be a date such as 2026-11-01");
        }
    }
}
