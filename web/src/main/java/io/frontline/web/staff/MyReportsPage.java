package io.frontline.web.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.i18n.Texts;
import io.frontline.web.services.Incidents;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * My reports: the employee's own incidents with status and outcome, and the care tasks meant for them — as
 * incident-service answers for the reporter, nothing of others.
 */
@Path("/staff/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety"})
public class MyReportsPage {
    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance reports(Page page, List<ReportView> reports, List<CareView> care);
    }

    public record ReportView(String reference, String reportedAt, String site, String types, String status,
                             String statusLabel, String outcome, String prevention) {
    }

    public record CareView(String what, String due, String status, boolean done) {
    }

    @Inject
    PageContext context;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @Inject
    io.frontline.platform.domain.Organisation organisation;

    @RestClient
    Incidents incidents;

    @GET
    public Response reports() {
        JsonNode mine;
        try {
            mine = incidents.mine();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        Texts texts = Texts.in(context.lang());
        List<ReportView> reports = new ArrayList<>();
        JsonNode list = mine.isArray() ? mine : mine.path("reports");
        List<CareView> care = new ArrayList<>();
        for (JsonNode i : list) {
            String site = i.path("site").asText(null);
            List<String> types = new ArrayList<>();
            i.path("types").forEach(t -> types.add(texts.get("type_", t.asText())));
            String status = i.path("status").asText();
            reports.add(new ReportView(i.path("reference").asText(),
                    i.path("reportedAt").isTextual() ? dates.dateTime(Instant.parse(i.path("reportedAt").asText()), site,
                            context.locale()) : "",
                    site == null ? "" : organisation.findSite(site).map(s -> s.name()).orElse(site),
                    String.join(", ", types), status, texts.get("incident_status_", status),
                    outcome(i.path("outcome"), texts), i.path("preventionNote").asText(null)));
            for (JsonNode task : i.path("careTasks")) {
                care.add(new CareView(NextSteps.careStep(task, texts) + " · " + i.path("reference").asText(),
                        task.path("dueAt").isTextual() ? dates.dateTime(Instant.parse(task.path("dueAt").asText()),
                                site, context.locale()) : "",
                        texts.get("care_status_", task.path("status").asText("open")),
                        !"open".equals(task.path("status").asText("open"))));
            }
        }
        return Response.ok(context.localized(Templates.reports(context.page(), reports, care))).build();
    }

    private static String outcome(JsonNode outcome, Texts texts) {
        if (outcome.isMissingNode() || outcome.isNull()) {
            return null;
        }
        return outcome.isTextual() ? texts.get("incident_status_", outcome.asText()) : outcome.toString();
    }
}
