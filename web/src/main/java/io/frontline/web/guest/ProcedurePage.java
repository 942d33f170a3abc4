package io.frontline.web.guest;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.i18n.Texts;
import io.frontline.web.services.PublicComplaints;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The complaints procedure (seed 002: what a complaint is, how and where to file, who handles it, the term, the
 * escalation options, personal data), rendered from complaint-service's answer — the policy that computes the
 * terms — so the terms shown are the terms applied, per site where a site has its own.
 */
/* Open to everyone, on purpose: every JAX-RS endpoint states who may call it (deny-unannotated-endpoints). */
@PermitAll
@Path("/procedure")
@Produces(MediaType.TEXT_HTML)
public class ProcedurePage {
    @CheckedTemplate(basePath = "guest")
    static class Templates {
        static native TemplateInstance procedure(Page page, ProcedureView procedure, List<Option> sites);
    }

    /** The procedure in the reader's words; null parts are not shown. */
    public record ProcedureView(boolean available, String acknowledgement, String term, String pause, String reopen,
                                List<String> escalation, String privacy, List<String> channels,
                                List<String> categories, String zone) {
    }

    @Inject
    PageContext context;

    @Inject
    Organisation organisation;

    @Inject
    HttpServerRequest request;

    @RestClient
    PublicComplaints complaints;

    @GET
    public Response procedure(@QueryParam("site") String site) {
        String chosen = site != null && organisation.findSite(site).isPresent() ? site : null;
        List<Option> sites = new ArrayList<>();
        organisation.sites().forEach(s -> sites.add(new Option(s.id(), s.name(), s.id().equals(chosen))));
        Texts texts = Texts.in(context.lang());
        ProcedureView view;
        try {
            view = view(complaints.procedure(request.remoteAddress() == null ? null
                    : request.remoteAddress().hostAddress(), chosen), texts, chosen);
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException e) {
            view = new ProcedureView(false, null, null, null, null, List.of(), null, List.of(), List.of(), null);
        }
        return Response.ok(context.localized(Templates.procedure(context.page(), view, sites))).build();
    }

    private ProcedureView view(JsonNode p, Texts texts, String site) {
        var m = texts.messages();
        String days = p.path("responseTerm").path("days").asText("");
        String term = "business-days".equals(p.path("responseTerm").path("counting").asText())
                ? m.procedure_term_business(days) : m.procedure_term_calendar(days);
        List<String> escalation = new ArrayList<>();
        p.path("escalationLevels").forEach(l -> escalation.add(texts.get("level_", l.asText()) + ": "
                + texts.get("level_", l.asText() + "-hint")));
        List<String> channels = new ArrayList<>();
        p.path("channels").forEach(c -> channels.add(texts.get("channel_", c.asText())));
        List<String> categories = new ArrayList<>();
        p.path("categories").forEach(c -> categories.add(texts.get("category_", c.asText())));
        String months = "";
        if (p.path("contactDataRetention").isTextual()) {
            Period retention = Period.parse(p.path("contactDataRetention").asText());
            months = String.valueOf(retention.toTotalMonths() + (retention.getDays() >= 15 ? 1 : 0));
        }
        String zone = site != null && p.path("timeZone").isTextual() ? m.procedure_site_zone(p.path("timeZone").asText())
                : null;
        return new ProcedureView(true,
                p.path("acknowledgeOnReceipt").asBoolean(true) ? m.procedure_ack_now() : m.procedure_ack_later(), term,
                p.path("termPausesWhileWaitingForComplainant").asBoolean(false) ? m.procedure_pause() : null,
                p.path("reopenWindow").path("days").isNumber()
                        ? m.procedure_reopen(p.path("reopenWindow").path("days").asText()) : null,
                escalation, months.isEmpty() ? null : m.procedure_privacy_text(months), channels, categories, zone);
    }
}
