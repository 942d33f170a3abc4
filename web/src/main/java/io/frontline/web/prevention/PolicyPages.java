package io.frontline.web.prevention;

import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.services.PreventionService;
import io.frontline.web.services.PreventionService.Policy;
import io.frontline.web.services.PreventionService.Share;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policies in force (seed 000: a basic policy communicated to every employee; seed 004: the protocol), each with
 * "I have read this"; for managers and HQ the share of their sites' employees who acknowledged the version in force,
 * with who has not; for HQ safety and HR the form that publishes a new version (nl, en, ja), which asks everyone again.
 */
@Path("/prevention/policies")
@Produces(MediaType.TEXT_HTML)
public class PolicyPages {
    static final List<String> KINDS = List.of("basic-policy", "unwanted-behaviour-protocol", "complaints-procedure");
    static final List<String> LANGUAGES = List.of("nl", "en", "ja");

    @CheckedTemplate(basePath = "prevention")
    static class Templates {
        static native TemplateInstance policies(Page page, List<PolicyView> policies, boolean mayPublish,
                                                boolean maySeeShares, String done);

        static native TemplateInstance shares(Page page, String kind, String kindLabel, List<Option> kinds,
                                              List<ShareView> shares);

        static native TemplateInstance publish(Page page, List<Option> kinds, PublishForm form,
                                               List<LanguageText> languages, Map<String, String> errors,
                                               String error);
    }

    public record PolicyView(String kind, String kindLabel, int version, String effectiveFrom, String language,
                             String title, List<String> paragraphs, String acknowledgedAt) {
    }

    public record ShareView(String site, String siteName, int employees, int acknowledged, String percent,
                            List<String> missing) {
    }

    /** What HQ typed, kept when the form comes back with errors. */
    public record PublishForm(String kind, String effectiveFrom, Map<String, String> titles, Map<String, String> bodies) {
    }

    /** One language's part of the form: its title and text, and what is wrong with them. */
    public record LanguageText(String lang, String name, String title, String body, String titleError,
                               String bodyError) {
    }

    @Inject
    PageContext context;

    @Inject
    Prevention prevention;

    @Inject
    ProblemPages problems;

    @RestClient
    PreventionService service;

    @GET
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
            "complaint-handler", "admin"})
    public Response policies(@QueryParam("done") String done) {
        List<Policy> policies;
        try {
            policies = service.policies(context.lang());
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<PolicyView> views = policies.stream().map(p -> new PolicyView(p.kind(), prevention.label("kind_", p.kind()),
                p.version(), prevention.day(p.effectiveFrom()), p.language(), p.title(), paragraphs(p.body()),
                prevention.at(p.acknowledgedAt(), null))).toList();
        String doneText = "acknowledged".equals(done) ? prevention.messages().policy_acknowledged_done()
                : "published".equals(done) ? prevention.messages().policy_published_done()
                : "newer".equals(done) ? prevention.messages().policy_newer() : null;
        return Response.ok(context.localized(Templates.policies(context.page(), views,
                prevention.has("hq-safety", "hr", "admin"),
                prevention.has("site-manager", "regional-manager", "hq-safety", "hr", "admin"), doneText))).build();
    }

    @POST
    @Path("{kind}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
            "complaint-handler", "admin"})
    public Response acknowledge(@PathParam("kind") String kind, @FormParam("version") Integer version) {
        if (!known(kind) || version == null) {
            return problems.page(400, prevention.messages().refused_title(), prevention.messages().refused_invalid())
                    .build();
        }
        try {
            service.acknowledge(kind, Map.of("version", version));
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 422 || refusal.status() == 409) {
                // a newer version came in force meanwhile: show the page again, with the new version to read
                return Response.seeOther(URI.create("/prevention/policies?done=newer")).build();
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/policies?done=acknowledged#policy-" + kind)).build();
    }

    @GET
    @Path("acknowledgements")
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety", "hr", "admin"})
    public Response shares(@QueryParam("kind") String kind) {
        String current = known(kind) ? kind : KINDS.get(0);
        List<Share> shares;
        try {
            shares = service.shares(current, null);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() != 404) {
                return problems.refusal(refusal);
            }
            shares = List.of();
        }
        List<ShareView> views = shares.stream().map(s -> new ShareView(s.site(), prevention.siteName(s.site()),
                s.employees(), s.acknowledged(), percent(s.percent()), s.missing() == null ? List.of() : s.missing()))
                .toList();
        List<Option> kinds = KINDS.stream().map(k -> new Option(k, prevention.label("kind_", k), k.equals(current)))
                .toList();
        return Response.ok(context.localized(Templates.shares(context.page(), current,
                prevention.label("kind_", current), kinds, views))).build();
    }

    @GET
    @Path("publish")
    @RolesAllowed({"hq-safety", "hr", "admin"})
    public TemplateInstance publishForm(@QueryParam("kind") String kind) {
        PublishForm form = new PublishForm(known(kind) ? kind : KINDS.get(0),
                prevention.today().toString(), Map.of(), Map.of());
        return publishPage(form, Map.of(), null);
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"hq-safety", "hr", "admin"})
    public Response publish(@FormParam("kind") String kind, @FormParam("effectiveFrom") String effectiveFrom,
                            @FormParam("title_nl") String titleNl, @FormParam("body_nl") String bodyNl,
                            @FormParam("title_en") String titleEn, @FormParam("body_en") String bodyEn,
                            @FormParam("title_ja") String titleJa, @FormParam("body_ja") String bodyJa) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        put(titles, "nl", titleNl);
        put(titles, "en", titleEn);
        put(titles, "ja", titleJa);
        put(bodies, "nl", bodyNl);
        put(bodies, "en", bodyEn);
        put(bodies, "ja", bodyJa);
        PublishForm form = new PublishForm(kind, effectiveFrom, titles, bodies);
        PreventionMessages m = prevention.messages();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!known(kind)) {
            errors.put("kind", m.field_required());
        }
        if (Prevention.blank(effectiveFrom)) {
            errors.put("effectiveFrom", m.field_required());
        }
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            boolean title = titles.containsKey(lang);
            boolean body = bodies.containsKey(lang);
            if (title != body) {
                errors.put((title ? "body_" : "title_") + lang, m.field_required());
            } else if (title) {
                texts.put(lang, Map.of("title", titles.get(lang), "body", bodies.get(lang)));
            }
        }
        if (texts.isEmpty() && errors.isEmpty()) {
            errors.put("title_nl", m.policy_one_language());
        }
        if (!errors.isEmpty()) {
            return Response.status(422).entity(publishPage(form, errors, null)).build();
        }
        try {
            service.publish(kind, Map.of("effectiveFrom", effectiveFrom, "texts", texts));
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422) {
                refusal.fields().keySet().forEach(f -> errors.put(f.startsWith("effective") ? "effectiveFrom" : f,
                        m.field_invalid()));
                return Response.status(422).entity(publishPage(form, errors, m.refused_invalid())).build();
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/policies?done=published")).build();
    }

    private TemplateInstance publishPage(PublishForm form, Map<String, String> errors, String error) {
        List<Option> kinds = KINDS.stream().map(k -> new Option(k, prevention.label("kind_", k), k.equals(form.kind())))
                .toList();
        Map<String, String> names = Map.of("nl", "Nederlands", "en", "English", "ja", "日本語");
        List<LanguageText> languages = LANGUAGES.stream().map(l -> new LanguageText(l, names.get(l),
                form.titles().get(l), form.bodies().get(l), errors.get("title_" + l), errors.get("body_" + l))).toList();
        return context.localized(Templates.publish(context.page(), kinds, form, languages, errors, error));
    }

    private static void put(Map<String, String> map, String lang, String value) {
        if (!Prevention.blank(value)) {
            map.put(lang, value.strip());
        }
    }

    /** A kind this page knows (an immutable list's contains refuses null). */
    private static boolean known(String kind) {
        return kind != null && KINDS.contains(kind);
    }

    static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** A policy's text as paragraphs: an empty line separates them. */
    static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        if (body != null) {
            for (String p : body.split("\\R\\s*\\R")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        return paragraphs;
    }
}
