package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.IncidentQueueFilter;
import io.frontline.incident.application.domain.model.IncidentQueueSort;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.IncidentStatistics;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.domain.model.IncidentSummary;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.Severity;
import io.frontline.incident.application.port.in.IncidentStatisticsCommand;
import io.frontline.incident.application.port.in.IncidentStatisticsQuery;
import io.frontline.incident.application.port.in.ListIncidentsCommand;
import io.frontline.incident.application.port.in.ListIncidentsUseCase;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
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
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import static io.frontline.incident.adapter.in.rest.IncidentResponse.wire;

/**
 * Safety analytics (issue 14): the figures of the incidents reported in a period, in the reader's scope, as JSON and
 * as CSV, and the incidents queue as CSV. Every export writes one audit line to the log (who by account id, what,
 * which sites and period, how many rows) — never a row's content.
 */
@Path("/api/incidents")
@Tag(name = "Safety analytics")
@SecurityRequirement(name = "SecurityScheme")
public class IncidentStatisticsResource {
    static final String TEXT_CSV = "text/csv";
    /** The most rows one CSV of the queue holds; a wider export is refused, to be narrowed by its filters. */
    static final int MAX_EXPORT_ROWS = 10_000;
    private static final Logger AUDIT = Logger.getLogger("io.frontline.incident.export-audit");

    @Inject
    IncidentStatisticsQuery statistics;

    @Inject
    ListIncidentsUseCase incidents;

    @Inject
    CurrentActor currentActor;

    public enum Chart { HEADLINE, GROUPS, WEEKLY_BY_SEVERITY, HEAT_MAP, DETECTION }

    /** The figures and the instants they cover, so the queue lists exactly the incidents counted. */
    public record StatisticsResponse(LocalDate from, LocalDate to, String groupBy, List<String> sites,
                                     DrillDown drillDown, IncidentStatistics.Headline headline,
                                     List<IncidentStatistics.Group> groups,
                                     List<IncidentStatistics.WeekBySeverity> weeklyBySeverity,
                                     List<IncidentStatistics.HeatCell> heatMap,
                                     List<IncidentStatistics.DetectionRate> detection,
                                     List<IncidentStatistics.LanguageDetectionRate> detectionByLanguage) {
    }

    /** The queue's filter that lists the period's incidents: dates=reported, from inclusive, to exclusive. */
    public record DrillDown(String dates, Instant from, Instant to) {
    }

    @GET
    @Path("stats")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Safety figures of the incidents reported from `from` to `to` (dates, inclusive), in your scope",
            description = "site or region narrows the scope (one of them); a site or region you do not oversee is 403. "
                    + "groupBy: site (default), region, week, type, severity, source.")
    public StatisticsResponse stats(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("site") String site, @QueryParam("region") String region,
                                    @QueryParam("groupBy") String groupBy) {
        IncidentStatisticsCommand command = command(currentActor.get(), from, to, site, region, groupBy);
        IncidentStatisticsQuery.Figures f = statistics.statistics(command);
        IncidentStatistics.Report r = f.report();
        return new StatisticsResponse(command.from(), command.to(), wire(command.groupBy().name()), f.sites(),
                new DrillDown("reported", f.from(), f.to()), r.headline(), r.groups(), r.weeklyBySeverity(),
                r.heatMap(), r.detection(), r.detectionByLanguage());
    }

    @GET
    @Path("stats/export")
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "One chart's figures as CSV (chart: headline, groups, weekly-by-severity, heat-map, detection)")
    public Response exportChart(@QueryParam("chart") String chart, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("site") String site,
                                @QueryParam("region") String region, @QueryParam("groupBy") String groupBy) {
        Chart which = WireName.parse(Chart.class, chart, "chart");
        if (which == null) {
            throw new InvalidValue("chart", "chart is required");
        }
        Actor actor = currentActor.get();
        IncidentStatisticsCommand command = command(actor, from, to, site, region, groupBy);
        IncidentStatisticsQuery.Figures f = statistics.statistics(command);
        List<List<Object>> rows = Csv.chart(which, f.report());
        String name = "incidents-" + wire(which.name()) + "-" + command.from() + "-" + command.to() + ".csv";
        audit(actor, "chart " + wire(which.name()), f.sites(), command.from() + ".." + command.to(), rows.size() - 1);
        return csv(name, rows);
    }

    @GET
    @Path("export")
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The incidents queue with its filters as CSV, one row per incident",
            description = "The queue's filters (see GET /api/incidents); a site you do not oversee is 403. "
                    + "At most 10,000 rows: a wider export is 422, to be narrowed.")
    public Response exportIncidents(@QueryParam("status") String status, @QueryParam("site") String site,
                                    @QueryParam("severity") String severity, @QueryParam("type") String type,
                                    @QueryParam("source") String source, @QueryParam("dates") String dates,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("weekday") String weekday, @QueryParam("hour") String hour,
                                    @QueryParam("region") String region) {
        Actor actor = currentActor.get();
        String siteId = site == null || site.isBlank() ? null : site.strip();
        String regionId = region == null || region.isBlank() ? null : region.strip();
        List<String> sites = statistics.sitesCovered(actor, siteId, regionId);
        IncidentQueueFilter filter = new IncidentQueueFilter(
                WireName.parse(IncidentStatus.class, status, "status"), siteId,
                WireName.parse(Severity.class, severity, "severity"),
                WireName.parse(IncidentType.class, type, "type"),
                WireName.parse(IncidentSource.class, source, "source"),
                WireName.parse(IncidentQueueFilter.DateField.class, dates, "dates"),
                IncidentQueueResource.instant(from, "from"), IncidentQueueResource.instant(to, "to"),
                IncidentQueueResource.number(weekday, "weekday"), IncidentQueueResource.number(hour, "hour"),
                regionId);
        IncidentQueueSort sort = IncidentQueueSort.NEWEST_REPORTED;
        List<IncidentSummary> all = new ArrayList<>();
        Cursor cursor = null;
        do {
            ListPage<IncidentSummary> page = incidents.list(new ListIncidentsCommand(actor, filter, sort,
                    ListPage.MAX_LIMIT, cursor));
            all.addAll(page.items());
            cursor = page.next() == null ? null : Cursor.parse(page.next(), sort.wire());
            if (all.size() > MAX_EXPORT_ROWS) {
                throw new io.frontline.platform.domain.RuleViolation("to",
                        "More than " + MAX_EXPORT_ROWS + " incidents: narrow the period or the filters");
            }
        } while (cursor != null);
        List<List<Object>> rows = Csv.incidents(all);
        audit(actor, "incidents", sites, (from == null ? "" : from) + ".." + (to == null ? "" : to), all.size());
        return csv("incidents.csv", rows);
    }

    private static IncidentStatisticsCommand command(Actor actor, String from, String to, String site,
                                                     String region, String groupBy) {
        return new IncidentStatisticsCommand(actor, date(from, "from"), date(to, "to"),
                blank(site), blank(region), WireName.parse(IncidentStatistics.GroupBy.class, groupBy, "groupBy"));
    }

    private static void audit(Actor actor, String what, List<String> sites, String period, int rows) {
        // No personal data: the account id, the dataset, the sites and period asked for, the number of rows.
        AUDIT.infof("CSV export of %s by account %s: sites %s, period %s, %d rows", what, actor.userId(),
                String.join(",", sites), period, rows);
    }

    private static Response csv(String name, List<List<Object>> rows) {
        return Response.ok(Csv.write(rows), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(String value, String field) {
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
