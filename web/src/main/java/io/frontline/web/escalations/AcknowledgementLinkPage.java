package io.frontline.web.escalations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.escalations.EscalationViews.LinkView;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.EscalationLinks;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.Map;

/**
 * Where the one-click link of an escalation notice lands (issue 13). Mail systems and chat tools open every link
 * to scan it; so opening the link (GET, or HEAD) only shows what it would acknowledge and in whose name, and
 * changes nothing. The person confirms with the form, a POST that carries the page's CSRF token and the link's
 * token; notification-service then acknowledges, once (the token is single-use and expires).
 *
 * <p>Why here and not in notification-service: the page is the person's, in their language and the application's
 * frame and security headers, with the CSRF protection every other form has; the service stays an API that need
 * not be reachable from outside, and the link points at the address people already use.
 */
@Path("/acknowledge")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class AcknowledgementLinkPage {
    @CheckedTemplate(basePath = "escalations")
    static class Templates {
        static native TemplateInstance confirm(Page page, String token, LinkView link);

        static native TemplateInstance acknowledged(Page page, String title, String text, String reference);
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
    EscalationLinks links;

    @GET
    public Response open(@QueryParam("token") String token) {
        if (token == null || token.isBlank()) {
            return invalid();
        }
        JsonNode link;
        try {
            link = links.preview(token);
        } catch (WebApplicationException e) {
            return refused(ServiceRefusal.of(e));
        }
        EscalationsMessages t = EscalationViews.in(context.lang());
        String site = link.path("siteId").asText(null);
        String already = link.path("acknowledgedBy").isTextual() ? t.link_already(link.path("acknowledgedBy").asText())
                : null;
        LinkView view = new LinkView(link.path("reference").asText(""),
                EscalationViews.label(t, context.lang(), "severity_", link.path("severity").asText()),
                site == null ? "" : organisation.findSite(site).map(s -> s.name()).orElse(site),
                t.link_for(link.path("recipientId").asText()),
                t.link_expires(dates.dateTime(Instant.parse(link.path("expiresAt").asText()), site, context.locale())),
                already);
        return noStore(Response.ok(context.localized(Templates.confirm(context.page(), token, view))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("token") String token) {
        if (token == null || token.isBlank()) {
            return invalid();
        }
        JsonNode done;
        try {
            done = links.confirm(Map.of("token", token));
        } catch (WebApplicationException e) {
            return refused(ServiceRefusal.of(e));
        }
        EscalationsMessages t = EscalationViews.in(context.lang());
        String text = done.path("acknowledgedNow").asBoolean() ? t.link_done()
                : t.link_done_already(done.path("acknowledgedBy").asText());
        return noStore(Response.ok(context.localized(Templates.acknowledged(context.page(), t.link_done_title(), text,
                done.path("reference").asText("")))));
    }

    private Response refused(ServiceRefusal refusal) {
        EscalationsMessages t = EscalationViews.in(context.lang());
        if (refusal.status() == 410) {
            return noStore(problems.page(410, t.link_gone_title(), t.link_gone()));
        }
        if (refusal.status() == 403 || refusal.status() == 400) {
            return invalid();
        }
        return problems.refusal(refusal);
    }

    private Response invalid() {
        EscalationsMessages t = EscalationViews.in(context.lang());
        return noStore(problems.page(403, t.link_invalid_title(), t.link_invalid()));
    }

    /** The token is in the address: never kept by a cache. */
    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}
