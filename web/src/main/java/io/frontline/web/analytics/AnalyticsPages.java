package io.frontline.web.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Region;
import io.frontline.platform.domain.Site;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.analytics.AnalyticsViews.Bar;
import io.frontline.web.analytics.AnalyticsViews.Dashboard;
import io.frontline.web.analytics.AnalyticsViews.Figure;
import io.frontline.web.analytics.AnalyticsViews.HeatMap;
import io.frontline.web.analytics.AnalyticsViews.ScopeLink;
import io.frontline.web.services.Incidents;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Safety analytics (issue 14): a dashboard per scope — a site, a region, the chain — with headline figures and their
 * trend against the period before, charts whose numbers are also in a table, and drill-down to the incidents queue.
 * incident-service decides what the person may see: another site's or region's figures are its 403, shown here as
 * the refusal page. CSV exports are passed through from incident-service, which audits them.
 */
@Path("/analytics")
@RolesAllowed({"site-manager", "regional-manager", "hq-safety", "admin"})
public class AnalyticsPages {
    /** The default period: the last four weeks, today included. */
    static final int DEFAULT_DAYS = 28;
    static final Set<String> CHARTS = Set.of("headline", "groups", "weekly-by-severity", "heat-map", "detection");
    /** Charts of the other services, whose CSV the web writes from their answer (and audits). */
    static final Set<String> OTHER_CHARTS = Set.of("ladder", "escalations", "complaints");
    private static final org.jboss.logging.Logger AUDIT = org.jboss.logging.Logger.getLogger("io.frontline.web.export-audit");

    @CheckedTemplate(basePath = "analytics")
    static class Templates {
        static native TemplateInstance dashboard(Page page, Dashboard d);
    }

    @Inject
    PageContext context;

    @Inject
    Organisation organisation;

    @Inject
    ProblemPages problems;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @RestClient
    Incidents incidents;

    @RestClient
    io.frontline.web.services.Sanctions sanctions;

    @RestClient
    io.frontline.web.services.Escalations escalations;

    @RestClient
    io.frontline.web.services.Complaints complaints;

    Clock clock = Clock.systemUTC();

    /** The person's own dashboard: the chain for HQ safety and admins, else their region, else their site. */
    @GET
    public Response start() {
        if (identity.hasRole("hq-safety") || identity.hasRole("admin")) {
            return Response.seeOther(URI.create("/analytics/chain")).build();
        }
        List<String> regions = Claims.list(identity, "regions");
        if (identity.hasRole("regional-manager") && !regions.isEmpty()) {
            return Response.seeOther(URI.create("/analytics/region/" + regions.get(0))).build();
        }
        List<String> sites = Claims.list(identity, "sites");
        if (!sites.isEmpty()) {
            return Response.seeOther(URI.create("/analytics/site/" + sites.get(0))).build();
        }
        return problems.refusal(new ServiceRefusal(403, java.util.Map.of(), 0));
    }

    @GET
    @Path("chain")
    @Produces(MediaType.TEXT_HTML)
    public Response chain(@QueryParam("from") String from, @QueryParam("to") String to) {
        return dashboard("chain", null, null, from, to);
    }

    @GET
    @Path("region/{region}")
    @Produces(MediaType.TEXT_HTML)
    public Response region(@PathParam("region") String region, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        if (organisation.findRegion(region).isEmpty()) {
            return problems.refusal(new ServiceRefusal(404, java.util.Map.of(), 0));
        }
        return dashboard("region", null, region, from, to);
    }

    @GET
    @Path("site/{site}")
    @Produces(MediaType.TEXT_HTML)
    public Response site(@PathParam("site") String site, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        if (organisation.findSite(site).isEmpty()) {
            return problems.refusal(new ServiceRefusal(404, java.util.Map.of(), 0));
        }
        return dashboard("site", site, null, from, to);
    }

    /** One chart's figures as CSV, as incident-service gives them to the person (and audits). */
    @GET
    @Path("export/chart/{chart}")
    @Produces("text/csv")
    public Response exportChart(@PathParam("chart") String chart, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("site") String site,
                                @QueryParam("region") String region) {
        Period period = Period.of(from, to, today());
        if (OTHER_CHARTS.contains(chart)) {
            return otherChart(chart, period, blank(site), blank(region));
        }
        if (!CHARTS.contains(chart)) {
            return problems.refusal(new ServiceRefusal(404, java.util.Map.of(), 0));
        }
        return passThrough(() -> incidents.exportChart(chart, period.from().toString(), period.to().toString(),
                blank(site), blank(region), "groups".equals(chart) ? "type" : null));
    }

    /** The incidents queue with its filters as CSV, one row per incident (incident-service audits the export). */
    @GET
    @Path("export/incidents")
    @Produces("text/csv")
    public Response exportIncidents(@QueryParam("status") String status, @QueryParam("site") String site,
                                    @QueryParam("severity") String severity, @QueryParam("type") String type,
                                    @QueryParam("source") String source, @QueryParam("dates") String dates,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("weekday") Integer weekday, @QueryParam("hour") Integer hour,
                                    @QueryParam("region") String region) {
        String siteId = blank(site);
        java.time.ZoneId zone = siteId == null ? organisation.timeZone() : organisation.zoneOf(siteId);
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        return passThrough(() -> incidents.exportIncidents(blank(status), siteId, blank(severity), blank(type),
                blank(source), blank(dates),
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant().toString(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant().toString(), weekday, hour,
                blank(region)));
    }

    /**
     * A chart of sanction-, notification- or complaint-service as CSV: the service decides the scope (its 403 is
     * shown), the web writes the rows and one audit line without personal data — the account, the chart, the scope
     * and period, the number of rows.
     */
    private Response otherChart(String chart, Period period, String site, String region) {
        AnalyticsMessages t = AnalyticsViews.in(context.lang());
        AnalyticsViews views = new AnalyticsViews(t, organisation, json, context.locale());
        AnalyticsViews.Bar bar;
        try {
            bar = switch (chart) {
                case "ladder" -> views.ladder(sanctions.stats(period.from().toString(), period.to().toString(), site,
                        region));
                case "escalations" -> views.escalations(escalations.stats(period.from().toString(),
                        period.to().toString(), site, region));
                default -> views.complaints(complaints.stats(period.from().toString(), period.to().toString(), site,
                        region, "site"));
            };
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : bar.csv(chart)) {
            out.append(String.join(",", line.stream().map(AnalyticsPages::csvField).toList())).append("\r\n");
        }
        AUDIT.infof("CSV export of chart %s by account %s: scope %s, period %s..%s, %d rows", chart,
                identity.getPrincipal().getName(), site != null ? "site " + site : region != null ? "region " + region
                        : "all in scope", period.from(), period.to(), bar.rows().size());
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + chart + "-" + period.from() + "-"
                        + period.to() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private Response passThrough(java.util.function.Supplier<Response> call) {
        Response upstream;
        try {
            upstream = call.get();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        String body = upstream.readEntity(String.class);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", upstream.getHeaderString("Content-Disposition"))
                .header("Cache-Control", "no-store").build();
    }

    private Response dashboard(String scope, String site, String region, String from, String to) {
        Period period = Period.of(from, to, today());
        Period before = period.previous();
        JsonNode now;
        JsonNode earlier;
        try {
            now = incidents.stats(period.from().toString(), period.to().toString(), site, region, "type");
            earlier = incidents.stats(before.from().toString(), before.to().toString(), site, region, "type");
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        AnalyticsMessages t = AnalyticsViews.in(context.lang());
        String title = switch (scope) {
            case "site" -> t.title_site(organisation.findSite(site).map(Site::name).orElse(site));
            case "region" -> t.title_region(organisation.findRegion(region).map(Region::name).orElse(region));
            default -> t.title_chain();
        };
        String self = switch (scope) {
            case "site" -> "/analytics/site/" + site;
            case "region" -> "/analytics/region/" + region;
            default -> "/analytics/chain";
        };
        String exportScope = "from=" + period.from() + "&to=" + period.to()
                + (site != null ? "&site=" + site : "") + (region != null ? "&region=" + region : "");
        AnalyticsViews views = new AnalyticsViews(t, organisation, json, context.locale());
        List<Figure> figures = views.figures(now.path("headline"), earlier.path("headline"));
        Bar weekly = views.weekly(now.path("weeklyBySeverity"), period, site, region);
        Bar byType = views.byType(now.path("groups"), period, site, region);
        Bar detection = views.detection(now.path("detection"), now.path("detectionByLanguage"));
        List<HeatMap> heat = views.heatMaps(now.path("heatMap"), period);
        List<ScopeLink> scopes = views.scopes(identity, now.path("sites"), scope, site, region);
        String f = period.from().toString();
        String u = period.to().toString();
        List<AnalyticsViews.Bar> others = new java.util.ArrayList<>();
        try {
            others.add(views.ladder(sanctions.stats(f, u, site, region)));
        } catch (RuntimeException e) {
            others.add(views.unavailable("ladder", t.chart_ladder()));
        }
        try {
            others.add(views.escalations(escalations.stats(f, u, site, region)));
        } catch (RuntimeException e) {
            others.add(views.unavailable("escalations", t.chart_escalations()));
        }
        try {
            others.add(views.complaints(complaints.stats(f, u, site, region, "site")));
        } catch (RuntimeException e) {
            others.add(views.unavailable("complaints", t.chart_complaints()));
        }
        Dashboard d = new Dashboard(title, self, period.from().toString(), period.to().toString(),
                t.period(views.date(period.from()), views.date(period.to())), figures, weekly, byType, detection, heat,
                scopes, exportScope, others);
        return Response.ok(context.localized(Templates.dashboard(context.page(), d))).build();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(organisation.timeZone()));
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The dates a dashboard covers, both included; unreadable or reversed dates fall back to the default. */
    record Period(LocalDate from, LocalDate to) {
        static Period of(String from, String to, LocalDate today) {
            LocalDate f = day(from);
            LocalDate t = day(to);
            if (t == null) {
                t = today;
            }
            if (f == null || f.isAfter(t)) {
                f = t.minusDays(DEFAULT_DAYS - 1);
            }
            if (java.time.temporal.ChronoUnit.DAYS.between(f, t) >= 366) {
                f = t.minusDays(365);
            }
            return new Period(f, t);
        }

        long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }

        /** The period of the same length just before, for the trend. */
        Period previous() {
            return new Period(from.minusDays(days()), from.minusDays(1));
        }
    }
}
