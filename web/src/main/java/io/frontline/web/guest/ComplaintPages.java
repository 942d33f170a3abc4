package io.frontline.web.guest;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.i18n.Language;
import io.frontline.web.i18n.Texts;
import io.frontline.web.services.PublicComplaints;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The complainant's pages, without an account (seed 002: anyone can complain and follow the complaint): file,
 * see the reference and tracking code once, track, reply, reopen and ask for escalation. Everything is decided by
 * complaint-service; these pages show its answers in the reader's language.
 */
/* Open to everyone, on purpose: every JAX-RS endpoint states who may call it (deny-unannotated-endpoints). */
@PermitAll
@Path("/complaints")
@Produces(MediaType.TEXT_HTML)
public class ComplaintPages {
    static final List<String> CATEGORIES = List.of("product", "service", "staff-behaviour", "billing", "delivery", "other");

    @CheckedTemplate(basePath = "guest")
    static class Templates {
        static native TemplateInstance file(Page page, ComplaintForm form, List<Option> sites, List<Option> categories,
                                            List<Option> languages, Map<String, String> errors);

        static native TemplateInstance filed(Page page, String reference, String secret, String due);

        static native TemplateInstance track(Page page, boolean notFound, boolean again);

        static native TemplateInstance status(Page page, ComplaintStatusView complaint, String done,
                                              Map<String, String> errors);
    }

    @Inject
    PageContext context;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    @Inject
    TrackingCookie trackingCookie;

    @Inject
    HttpServerRequest request;

    @Inject
    ProblemPages problems;

    @RestClient
    PublicComplaints complaints;

    @ConfigProperty(name = "frontline.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    @GET
    @Path("new")
    public TemplateInstance form(@QueryParam("site") String site) {
        ComplaintForm form = ComplaintForm.empty(context.lang());
        form.site = site;
        return fileForm(form, Map.of());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@BeanParam ComplaintForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts texts = Texts.in(context.lang());
        requireFilled(errors, texts, "site", form.site);
        requireFilled(errors, texts, "category", form.category);
        requireFilled(errors, texts, "subject", form.subject);
        requireFilled(errors, texts, "description", form.description);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(fileForm(form, errors)).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("site", form.site);
        body.put("channel", "web");
        body.put("category", form.category);
        body.put("subject", form.subject.strip());
        body.put("description", form.description.strip());
        body.put("language", Language.SUPPORTED.contains(form.language) ? form.language : context.lang());
        if (filled(form.name) || filled(form.email) || filled(form.phone)) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", blankToNull(form.name));
            contact.put("email", blankToNull(form.email));
            contact.put("phone", blankToNull(form.phone));
            body.put("contact", contact);
        }
        JsonNode filed;
        try {
            filed = complaints.file(client(), body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422) {
                refusal.fields().keySet().forEach(field -> errors.put(field,
                        field.equals("email") ? texts.messages().field_email() : texts.messages().field_invalid()));
                if (errors.isEmpty()) {
                    errors.put("description", texts.messages().field_invalid());
                }
                return Response.status(422).entity(fileForm(form, errors)).build();
            }
            return problems.refusal(refusal);
        }
        String reference = filed.path("reference").asText();
        String secret = filed.path("trackingSecret").asText();
        String due = dates.date(LocalDate.parse(filed.path("responseDue").asText()), context.locale());
        return Response.ok(context.localized(Templates.filed(context.page(), reference, secret, due)))
                .cookie(trackingCookie(reference, secret)).build();
    }

    @GET
    @Path("track")
    public TemplateInstance trackForm(@QueryParam("again") boolean again) {
        return context.localized(Templates.track(context.page(), false, again));
    }

    @POST
    @Path("track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response track(@FormParam("reference") String reference, @FormParam("secret") String secret) {
        if (!filled(reference) || !filled(secret)) {
            return Response.status(422).entity(context.localized(Templates.track(context.page(), true, false))).build();
        }
        String ref = reference.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            complaints.status(client(), ref, secret.strip());
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 404 || refusal.status() == 400) {
                return Response.status(404).entity(context.localized(Templates.track(context.page(), true, false))).build();
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/complaints/status")).cookie(trackingCookie(ref, secret.strip())).build();
    }

    @GET
    @Path("status")
    public Response status(@CookieParam(TrackingCookie.NAME) String sealed, @QueryParam("done") String done) {
        Optional<TrackingCookie.Tracked> tracked = trackingCookie.open(sealed);
        if (tracked.isEmpty()) {
            return Response.seeOther(URI.create("/complaints/track?again=true")).build();
        }
        try {
            JsonNode status = complaints.status(client(), tracked.get().reference(), tracked.get().secret());
            return Response.ok(context.localized(Templates.status(context.page(), view(status), doneMessage(done), Map.of()))).build();
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 404) {
                return Response.seeOther(URI.create("/complaints/track?again=true")).build();
            }
            return problems.refusal(refusal);
        }
    }

    @POST
    @Path("status/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@CookieParam(TrackingCookie.NAME) String sealed, @FormParam("text") String text) {
        return act(sealed, "reply", "text", text, t -> complaints.reply(client(), t.reference(), t.secret(),
                Map.of("text", text.strip())));
    }

    @POST
    @Path("status/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@CookieParam(TrackingCookie.NAME) String sealed, @FormParam("reason") String reason) {
        return act(sealed, "reopen", null, reason, t -> complaints.reopen(client(), t.reference(), t.secret(),
                filled(reason) ? Map.of("reason", reason.strip()) : Map.of()));
    }

    @POST
    @Path("status/escalation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestEscalation(@CookieParam(TrackingCookie.NAME) String sealed, @FormParam("level") String level,
                                      @FormParam("reason") String reason) {
        return act(sealed, "escalation", "reason", reason, t -> complaints.requestEscalation(client(), t.reference(),
                t.secret(), Map.of("level", level == null ? "" : level, "reason", reason.strip())));
    }

    private Response act(String sealed, String done, String requiredField, String requiredValue,
                         java.util.function.Function<TrackingCookie.Tracked, JsonNode> call) {
        Optional<TrackingCookie.Tracked> tracked = trackingCookie.open(sealed);
        if (tracked.isEmpty()) {
            return Response.seeOther(URI.create("/complaints/track?again=true")).build();
        }
        Texts texts = Texts.in(context.lang());
        Map<String, String> errors = new LinkedHashMap<>();
        if (requiredField != null && !filled(requiredValue)) {
            errors.put(done + "." + requiredField, texts.messages().field_required());
        } else {
            try {
                call.apply(tracked.get());
                return Response.seeOther(URI.create("/complaints/status?done=" + done)).build();
            } catch (WebApplicationException e) {
                ServiceRefusal refusal = ServiceRefusal.of(e);
                if (refusal.tooMany() || refusal.tooLarge() || refusal.status() >= 500) {
                    return problems.refusal(refusal);
                }
                errors.put(done + "." + (requiredField == null ? "reason" : requiredField), texts.messages().field_invalid());
            }
        }
        try {
            JsonNode status = complaints.status(client(), tracked.get().reference(), tracked.get().secret());
            return Response.status(422).entity(context.localized(Templates.status(context.page(), view(status), null, errors))).build();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
    }

    private String doneMessage(String done) {
        if (done == null) {
            return null;
        }
        Texts texts = Texts.in(context.lang());
        return switch (done) {
            case "reply" -> texts.messages().track_reply_sent();
            case "reopen" -> texts.messages().track_reopened();
            case "escalation" -> texts.messages().track_escalation_requested();
            default -> null;
        };
    }

    /** What the complainant sees, in their language: statuses and service texts by their codes. */
    ComplaintStatusView view(JsonNode status) {
        Texts texts = Texts.in(context.lang());
        String site = status.path("site").asText(null);
        List<ComplaintStatusView.Message> messages = new ArrayList<>();
        for (JsonNode m : status.path("messages")) {
            boolean fromYou = "you".equals(m.path("from").asText());
            messages.add(new ComplaintStatusView.Message(
                    dates.dateTime(Instant.parse(m.path("at").asText()), site, context.locale()),
                    fromYou ? texts.messages().track_from_you() : texts.messages().track_from_us(), fromYou,
                    ServiceTexts.line(m, texts, dates, context.locale()), m.path("text").asText(null)));
        }
        List<Option> levels = new ArrayList<>();
        for (JsonNode option : status.path("escalationOptions")) {
            String level = option.path("level").asText();
            levels.add(new Option(level, texts.get("level_", level) + " — " + texts.get("level_", level + "-hint"),
                    levels.isEmpty()));
        }
        String code = status.path("status").asText();
        String escalation = status.path("escalation").isTextual()
                ? texts.messages().track_escalated_to(texts.get("level_", status.path("escalation").asText())) : null;
        boolean closed = code.equals("resolved") || code.equals("rejected");
        boolean reopenable = status.path("reopenableUntil").isTextual()
                && Instant.parse(status.path("reopenableUntil").asText()).isAfter(Instant.now());
        String due = status.path("responseDue").isTextual()
                ? dates.date(LocalDate.parse(status.path("responseDue").asText()), context.locale()) : "";
        return new ComplaintStatusView(status.path("reference").asText(), code, texts.get("status_", code), due,
                status.path("waitingForYou").asBoolean(), messages, escalation, levels, closed, reopenable);
    }

    private TemplateInstance fileForm(ComplaintForm form, Map<String, String> errors) {
        Texts texts = Texts.in(context.lang());
        List<Option> sites = organisation.sites().stream()
                .map(s -> new Option(s.id(), s.name(), s.id().equals(form.site))).toList();
        List<Option> categories = CATEGORIES.stream()
                .map(c -> new Option(c, texts.get("category_", c), c.equals(form.category))).toList();
        String chosen = form.language == null ? context.lang() : form.language;
        List<Option> languages = Language.SUPPORTED.stream()
                .map(l -> new Option(l, texts.get("lang_", l), l.equals(chosen))).toList();
        return context.localized(Templates.file(context.page(), form, sites, categories, languages, errors));
    }

    private NewCookie trackingCookie(String reference, String secret) {
        return new NewCookie.Builder(TrackingCookie.NAME).value(trackingCookie.seal(reference, secret))
                .path("/complaints").httpOnly(true).secure(secureCookies).sameSite(NewCookie.SameSite.LAX).build();
    }

    private String client() {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    private static void requireFilled(Map<String, String> errors, Texts texts, String field, String value) {
        if (!filled(value)) {
            errors.put(field, texts.messages().field_required());
        }
    }

    static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return filled(value) ? value.strip() : null;
    }
}
