package io.frontline.web.escalations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.escalations.EscalationViews.Detail;
import io.frontline.web.escalations.EscalationViews.Filter;
import io.frontline.web.escalations.EscalationViews.Row;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.Escalations;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Escalations (issue 13): those of the person's sites and region and those they were told (HQ safety: all), open
 * ones first by default; an escalation's page with who was told when, and "I take it" — the acknowledgement that
 * stops every further level. notification-service decides what the person sees and may acknowledge.
 */
@Path("/escalations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"site-manager", "regional-manager", "hq-safety", "hr"})
public class EscalationPages {
    static final List<String> FILTERS = List.of("open", "acknowledged", "exhausted", "all");

    @CheckedTemplate(basePath = "escalations")
    static class Templates {
        static native TemplateInstance list(Page page, List<Filter> filters, List<Row> rows, String nextHref);

        static native TemplateInstance escalation(Page page, Detail e, String done, String error);
    }

    @Inject
    PageContext context;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @RestClient
    Escalations escalations;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("cursor") String cursor) {
        String current = FILTERS.contains(status) ? status : "open";
        EscalationsMessages t = EscalationViews.in(context.lang());
        JsonNode page;
        try {
            page = escalations.list(current.equals("all") ? null : current, 50,
                    cursor == null || cursor.isBlank() ? null : cursor);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<Filter> filters = FILTERS.stream().map(f -> new Filter(f, EscalationViews.label(t, context.lang(), "filter_", f),
                "/escalations?status=" + f, f.equals(current))).toList();
        List<Row> rows = new ArrayList<>();
        for (JsonNode e : page.path("items")) {
            String site = e.path("siteId").asText(null);
            rows.add(new Row(e.path("id").asText(), e.path("reference").asText(""), e.path("severity").asText(),
                    EscalationViews.label(t, context.lang(), "severity_", e.path("severity").asText()), e.path("status").asText(),
                    EscalationViews.label(t, context.lang(), "status_", e.path("status").asText()), siteName(site),
                    t.started(at(e.path("startedAt"), site)),
                    t.level(e.path("level").asText(), e.path("round").asText())));
        }
        String next = page.path("next").isTextual() ? "/escalations?status=" + current + "&cursor="
                + URLEncoder.encode(page.path("next").asText(), StandardCharsets.UTF_8) : null;
        return Response.ok(context.localized(Templates.list(context.page(), filters, rows, next))).build();
    }

    @GET
    @Path("{id}")
    public Response escalation(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return show(id, "acknowledged".equals(done) ? EscalationViews.in(context.lang()).done() : null, null, 200);
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") UUID id) {
        try {
            escalations.acknowledge(id.toString());
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 409) {
                return show(id, null, EscalationViews.in(context.lang()).refused_conflict(), 409);
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/escalations/" + id + "?done=acknowledged")).build();
    }

    private Response show(UUID id, String done, String error, int status) {
        JsonNode e;
        try {
            e = escalations.escalation(id.toString());
        } catch (WebApplicationException ex) {
            return problems.refusal(ServiceRefusal.of(ex));
        }
        EscalationsMessages t = EscalationViews.in(context.lang());
        String site = e.path("siteId").asText(null);
        List<String> history = new ArrayList<>();
        for (JsonNode step : e.path("history")) {
            List<String> who = new ArrayList<>();
            step.path("recipients").forEach(r -> who.add(r.asText()));
            String at = at(step.path("at"), site);
            history.add(step.path("skipped").asBoolean() || who.isEmpty()
                    ? t.step_skipped(step.path("round").asText(), step.path("level").asText(), at)
                    : t.step(step.path("round").asText(), step.path("level").asText(), at, String.join(", ", who)));
        }
        String statusCode = e.path("status").asText();
        String acknowledged = e.path("acknowledgedBy").isTextual() ? t.acknowledged(e.path("acknowledgedBy").asText(),
                at(e.path("acknowledgedAt"), site), EscalationViews.label(t, context.lang(), "via_", e.path("acknowledgedVia").asText()))
                : null;
        String nextLevel = statusCode.equals("open") && e.path("nextLevelDueAt").isTextual()
                ? t.next_level(at(e.path("nextLevelDueAt"), site)) : null;
        Detail detail = new Detail(e.path("id").asText(), e.path("reference").asText(""), e.path("eventType").asText(),
                e.path("severity").asText(), EscalationViews.label(t, context.lang(), "severity_", e.path("severity").asText()), statusCode,
                EscalationViews.label(t, context.lang(), "status_", statusCode), siteName(site), e.path("policy").asText(),
                t.started(at(e.path("startedAt"), site)), t.level(e.path("level").asText(), e.path("round").asText()),
                nextLevel, acknowledged, history);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(context.localized(Templates.escalation(context.page(), detail, done, error))).build();
    }

    private String at(JsonNode instant, String siteId) {
        if (!instant.isTextual()) {
            return "";
        }
        return dates.dateTime(Instant.parse(instant.asText()), siteId, context.locale());
    }

    private String siteName(String siteId) {
        return siteId == null ? "" : organisation.findSite(siteId).map(s -> s.name()).orElse(siteId);
    }
}
