package io.frontline.web.prevention;

import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.services.PreventionService;
import io.frontline.web.services.PreventionService.Compliance;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance report (seed 000's employer duties; in Japan the legal duty from 2026-10-01): per duty the figures
 * with the date they hold for, and the gaps, for a site, a manager's sites or the chain; the same as CSV (and PDF) to
 * hand to an inspector or the works council. The figures are prevention-service's; the page only shows them.
 */
@Path("/prevention/compliance")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"site-manager", "regional-manager", "hq-safety", "hr", "admin"})
public class CompliancePages {
    static final String CHAIN = "chain";

    @CheckedTemplate(basePath = "prevention")
    static class Templates {
        static native TemplateInstance compliance(Page page, List<Option> scopes, String from, String to,
                                                  ReportView report, String csvHref, String pdfHref);
    }

    public record FigureRow(String duty, String dutyCode, String measure, String measureCode, String value,
                            String asOf, String detail) {
    }

    public record GapRow(String duty, String text) {
    }

    public record ReportView(String scopeName, String from, String to, String generatedAt, List<FigureRow> figures,
                             List<GapRow> gaps) {
    }

    @Inject
    PageContext context;

    @Inject
    Prevention prevention;

    @Inject
    ProblemPages problems;

    @Inject
    CompliancePdf pdf;

    @RestClient
    PreventionService service;

    @GET
    public Response report(@QueryParam("scope") String scope, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        List<String> scopes = scopes();
        String current = scope != null && scopes.contains(scope) ? scope : scopes.isEmpty() ? null : scopes.get(0);
        if (current == null) {
            return problems.refusal(new ServiceRefusal(403, java.util.Map.of(), 0));
        }
        String f = date(from);
        String t = date(to);
        Compliance report;
        try {
            report = service.compliance(site(current), f, t);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<Option> options = scopes.stream().map(s -> new Option(s, prevention.siteName(site(s)), s.equals(current)))
                .toList();
        String query = "?scope=" + enc(current) + (f == null ? "" : "&from=" + f) + (t == null ? "" : "&to=" + t);
        return Response.ok(context.localized(Templates.compliance(context.page(), options, f, t, view(report),
                "/prevention/compliance/csv" + query, "/prevention/compliance/pdf" + query))).build();
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("scope") String scope, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        if (scope == null || !scopes().contains(scope)) {
            return problems.refusal(new ServiceRefusal(404, java.util.Map.of(), 0));
        }
        String csv;
        try {
            csv = service.complianceCsv(site(scope), date(from), date(to));
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"compliance-" + scope + "-"
                        + prevention.today() + ".csv\"").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("scope") String scope, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        if (scope == null || !scopes().contains(scope)) {
            return problems.refusal(new ServiceRefusal(404, java.util.Map.of(), 0));
        }
        Compliance report;
        try {
            report = service.compliance(site(scope), date(from), date(to));
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        if ("ja".equals(prevention.language())) {
            prevention.useLanguage("en");
        }
        return Response.ok(pdf.render(view(report), prevention.messages()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"compliance-" + scope + "-"
                        + prevention.today() + ".pdf\"").header("Cache-Control", "no-store").build();
    }

    ReportView view(Compliance report) {
        List<FigureRow> figures = new ArrayList<>();
        if (report.figures() != null) {
            report.figures().forEach(x -> figures.add(new FigureRow(prevention.label("duty_", x.duty()), x.duty(),
                    prevention.label("measure_", x.measure()), x.measure(), value(x.value()),
                    prevention.day(x.asOf()), x.detail())));
        }
        List<GapRow> gaps = report.gaps() == null ? List.of() : report.gaps().stream()
                .map(g -> new GapRow(prevention.label("duty_", g.duty()), g.text())).toList();
        return new ReportView(prevention.siteName(report.siteId()), prevention.day(report.from()),
                prevention.day(report.to()), prevention.at(report.generatedAt(), report.siteId()), figures, gaps);
    }

    private List<String> scopes() {
        List<String> scopes = new ArrayList<>();
        if (prevention.chainWide()) {
            scopes.add(CHAIN);
        }
        scopes.addAll(prevention.visibleSites());
        return scopes;
    }

    private static String site(String scope) {
        return CHAIN.equals(scope) ? null : scope;
    }

    private static String value(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
