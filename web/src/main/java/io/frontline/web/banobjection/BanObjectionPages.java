package io.frontline.web.banobjection;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.guest.TrackingCookie;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.PublicBanNotices;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A banned customer's pages, without an account (issue 17): with the reference and secret of their written notice
 * they see what the ban covers, from and until when, the channel that stays open, and object within the term; later
 * they follow the objection here. The secret is posted, never put in a URL; between requests reference and secret
 * are sealed in an HttpOnly cookie scoped to these pages (as complaints' tracking). Everything is decided by
 * sanction-service; never cached.
 */
/* Open to everyone, on purpose: every JAX-RS endpoint states who may call it (deny-unannotated-endpoints). */
@PermitAll
@Path("/ban-notice")
@Produces(MediaType.TEXT_HTML)
public class BanObjectionPages {
    static final String COOKIE = "frontline-ban-notice";
    static final int GROUNDS_MAX = 4000;

    @CheckedTemplate(basePath = "banobjection")
    static class Templates {
        static native TemplateInstance open(Page page, boolean notFound, boolean again);

        static native TemplateInstance status(Page page, BanView ban, String done, Map<String, String> errors,
                                              String grounds, int groundsMax);
    }

    /** The ban as the customer reads it, every word in their language. */
    public record BanView(String reference, String type, String state, String stateCode, String covers,
                          String channels, String alternative, String from, String until, boolean objectionOpen,
                          String objectionDeadline, ObjectionView objection) {
    }

    /** {@code reasonText}: the decision's reason code in the customer's language; {@code reason}: the decider's words. */
    public record ObjectionView(String filedAt, String decisionDue, boolean late, String outcome, String outcomeCode,
                                String decidedAt, String reasonCode, String reasonText, String reason) {
    }

    @Inject
    PageContext context;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    @Inject
    TrackingCookie sealer;

    @Inject
    HttpServerRequest request;

    @Inject
    ProblemPages problems;

    @RestClient
    PublicBanNotices notices;

    @ConfigProperty(name = "frontline.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    @GET
    public Response openForm(@QueryParam("again") boolean again) {
        return noStore(Response.ok(context.localized(Templates.open(context.page(), false, again))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@FormParam("reference") String reference, @FormParam("secret") String secret) {
        if (blank(reference) || blank(secret)) {
            return notFound();
        }
        String ref = reference.strip().toUpperCase(Locale.ROOT);
        try {
            notices.status(client(), ref, secret.strip());
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 404 || refusal.status() == 400) {
                return notFound();
            }
            return problems.refusal(refusal);
        }
        return noStore(Response.seeOther(URI.create("/ban-notice/status")).cookie(cookie(ref, secret.strip())));
    }

    @GET
    @Path("status")
    public Response status(@CookieParam(COOKIE) String sealed, @QueryParam("done") String done) {
        Optional<TrackingCookie.Tracked> tracked = sealer.open(sealed);
        if (tracked.isEmpty()) {
            return Response.seeOther(URI.create("/ban-notice?again=true")).build();
        }
        try {
            JsonNode ban = notices.status(client(), tracked.get().reference(), tracked.get().secret());
            String message = "objection".equals(done) ? messages().done_objection() : null;
            return noStore(Response.ok(context.localized(Templates.status(context.page(), view(ban), message,
                    Map.of(), "", GROUNDS_MAX))));
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 404) {
                return Response.seeOther(URI.create("/ban-notice?again=true")).build();
            }
            return problems.refusal(refusal);
        }
    }

    @POST
    @Path("objection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@CookieParam(COOKIE) String sealed, @FormParam("grounds") String grounds) {
        Optional<TrackingCookie.Tracked> tracked = sealer.open(sealed);
        if (tracked.isEmpty()) {
            return Response.seeOther(URI.create("/ban-notice?again=true")).build();
        }
        BanObjectionMessages m = messages();
        String error = null;
        if (blank(grounds)) {
            error = m.field_required();
        } else if (grounds.strip().length() > GROUNDS_MAX) {
            error = m.field_invalid();
        } else {
            try {
                notices.object(client(), tracked.get().reference(), tracked.get().secret(),
                        Map.of("grounds", grounds.strip()));
                return Response.seeOther(URI.create("/ban-notice/status?done=objection")).build();
            } catch (WebApplicationException e) {
                ServiceRefusal refusal = ServiceRefusal.of(e);
                if (refusal.tooMany() || refusal.tooLarge() || refusal.status() >= 500) {
                    return problems.refusal(refusal);
                }
                error = m.field_invalid();
            }
        }
        try {
            JsonNode ban = notices.status(client(), tracked.get().reference(), tracked.get().secret());
            return noStore(Response.status(422).entity(context.localized(Templates.status(context.page(), view(ban),
                    null, Map.of("grounds", error), grounds == null ? "" : grounds, GROUNDS_MAX))));
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
    }

    BanView view(JsonNode ban) {
        BanObjectionMessages m = messages();
        String site = ban.path("siteId").asText(null);
        String siteName = site == null ? "" : organisation.findSite(site).map(s -> s.name()).orElse(site);
        String coverage = ban.path("coverage").asText("");
        List<String> sites = new ArrayList<>();
        ban.path("siteIds").forEach(s -> sites.add(organisation.findSite(s.asText()).map(x -> x.name())
                .orElse(s.asText())));
        String region = ban.path("regionId").asText(null);
        String regionName = region == null ? "" : organisation.findRegion(region).map(r -> r.name()).orElse(region);
        String covers = switch (coverage) {
            case "sites" -> m.coverage_sites(String.join(", ", sites));
            case "region" -> m.coverage_region(regionName);
            case "chain" -> m.coverage_chain();
            case "all-contact" -> m.coverage_all_contact();
            case "department" -> m.coverage_department(siteName);
            case "employee" -> m.coverage_employee(siteName);
            default -> coverage;
        };
        String type = ban.path("measureType").asText();
        List<String> channels = new ArrayList<>();
        ban.path("channels").forEach(c -> channels.add(label("channel_", c.asText())));
        String closed = "contact-ban".equals(type) ? (channels.isEmpty() ? m.every_channel()
                : String.join(", ", channels)) : null;
        String open = ban.path("alternativeChannel").isTextual()
                ? m.alternative_text(label("channel_", ban.path("alternativeChannel").asText()).toLowerCase(context.locale()))
                : null;
        ObjectionView objection = null;
        JsonNode o = ban.path("objection");
        if (o.isObject()) {
            String outcome = o.path("outcome").asText(null);
            String code = o.path("reasonCode").asText(null);
            objection = new ObjectionView(at(o.path("filedAt").asText(null), site),
                    lastMinute(o.path("decisionDue").asText(null), site), o.path("late").asBoolean(),
                    outcome == null ? null : label("outcome_", outcome), outcome,
                    at(o.path("decidedAt").asText(null), site), code, code == null ? null : label("reason_", code),
                    o.path("decisionReason").asText(null));
        }
        String state = ban.path("status").asText();
        // A ban lifted or overturned ended then, not at its planned end
        String until = ban.path("endedAt").isTextual() ? at(ban.path("endedAt").asText(), site)
                : ban.path("until").isTextual() ? at(ban.path("until").asText(), site) : m.no_end();
        return new BanView(ban.path("reference").asText(), label("type_", type), label("status_", state), state,
                covers, closed, open, at(ban.path("startsAt").asText(null), site), until,
                ban.path("objectionOpen").asBoolean(), lastMinute(ban.path("objectionDeadline").asText(null), site),
                objection);
    }

    private Response notFound() {
        return noStore(Response.status(404).entity(context.localized(Templates.open(context.page(), true, false))));
    }

    private BanObjectionMessages messages() {
        return MessageBundles.get(BanObjectionMessages.class, Localized.Literal.of(context.lang()));
    }

    /** {@code label("status_", "active")} reads {@code status_active}; an unknown code shows as itself. */
    private String label(String prefix, String code) {
        try {
            Method method = BanObjectionMessages.class.getMethod(prefix
                    + code.replace('-', '_').toLowerCase(Locale.ROOT));
            return (String) method.invoke(messages());
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return code;
        }
    }

    private String at(String instant, String siteId) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return dates.dateTime(Instant.parse(instant), siteId, context.locale());
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** A term ends at the start of the day after its last: the customer reads its last minute (23:59). */
    private String lastMinute(String instant, String siteId) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return dates.dateTime(Instant.parse(instant).minusSeconds(60), siteId, context.locale());
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private NewCookie cookie(String reference, String secret) {
        return new NewCookie.Builder(COOKIE).value(sealer.seal(reference, secret)).path("/ban-notice")
                .httpOnly(true).secure(secureCookies).sameSite(NewCookie.SameSite.LAX).build();
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }

    private String client() {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
