package io.frontline.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.services.ServiceRefusal;
import io.frontline.web.services.SubjectRequests;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's request for access or erasure (issue 17), for HQ safety and admins: one identifier, the action and the
 * reason go to complaint-service's one place to ask, which asks every service as this person; the combined answer is
 * shown per service — what is held, what was erased, what is kept and why, and which service did not answer. The
 * identifier is sent in the body only and never put in a URL; the answer is shown once and not cached.
 */
@Path("/admin/subject-requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"hq-safety", "admin"})
public class SubjectRequestPages {
    static final List<String> KINDS = List.of("email", "phone", "loyaltyCard");
    static final List<String> ACTIONS = List.of("export", "erase");

    /** One field of an item a service holds, as text. */
    public record Field(String name, String value) {
    }

    /** A kind of data a service holds: its heading and its items. */
    public record Held(String heading, List<List<Field>> items) {
    }

    public record Kept(String kind, String reference, String reason) {
    }

    /** One service's part of the answer. */
    public record ServiceView(String service, String status, String statusLabel, String explanation, String note,
                              List<Held> held, List<String> erased, List<Kept> kept) {
    }

    public record Answer(boolean complete, String action, List<ServiceView> services) {
    }

    public record Recent(String when, String who, String action, String reason, boolean complete, String services) {
    }

    /** What the person typed, shown again after a refusal (the identifier too: it is this person's own input). */
    public record Form(String kind, String identifier, String action, String reason) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance subjectRequests(Page page, Form form, List<Option> kinds, List<Option> actions,
                                                       Map<String, String> errors, Answer answer, List<Recent> recent);
    }

    @Inject
    PageContext context;

    @Inject
    ProblemPages problems;

    @RestClient
    SubjectRequests requests;

    SubjectRequestMessages messages() {
        return MessageBundles.get(SubjectRequestMessages.class, Localized.Literal.of(context.lang()));
    }

    @GET
    public Response form() {
        return page(new Form("email", "", "export", ""), Map.of(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@FormParam("kind") String kind, @FormParam("identifier") String identifier,
                        @FormParam("action") String action, @FormParam("reason") String reason) {
        // List.of(...).contains(null) throws: guard the optional parameters
        Form form = new Form(kind != null && KINDS.contains(kind) ? kind : "email", identifier == null ? "" : identifier,
                action != null && ACTIONS.contains(action) ? action : "export", reason == null ? "" : reason);
        SubjectRequestMessages m = messages();
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.identifier().isBlank() || form.identifier().length() > 254) {
            errors.put("identifier", m.error_identifier());
        }
        if (form.reason().isBlank() || form.reason().length() > 2000) {
            errors.put("reason", m.error_reason());
        }
        if (action == null || !ACTIONS.contains(action)) {
            errors.put("action", m.error_action());
        }
        if (!errors.isEmpty()) {
            return page(form, errors, null, 422);
        }
        Map<String, Object> body = new HashMap<>();
        body.put(form.kind(), form.identifier().strip());
        body.put("action", form.action());
        body.put("reason", form.reason().strip());
        JsonNode answer;
        try {
            answer = requests.ask(body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422) {
                Map<String, String> fieldErrors = new LinkedHashMap<>();
                for (String field : refusal.fields().keySet()) {
                    fieldErrors.put(field.equals("reason") ? "reason" : field.equals("action") ? "action" : "identifier",
                            field.equals("reason") ? m.error_reason() : field.equals("action") ? m.error_action()
                                    : m.error_identifier());
                }
                if (fieldErrors.isEmpty()) {
                    fieldErrors.put("identifier", m.error_identifier());
                }
                return page(form, fieldErrors, null, 422);
            }
            return problems.refusal(refusal);
        }
        return page(new Form(form.kind(), "", "export", ""), Map.of(), answerOf(answer, m), 200);
    }

    private Response page(Form form, Map<String, String> errors, Answer answer, int status) {
        SubjectRequestMessages m = messages();
        List<Option> kinds = KINDS.stream().map(k -> new Option(k, switch (k) {
            case "phone" -> m.kind_phone();
            case "loyaltyCard" -> m.kind_loyalty_card();
            default -> m.kind_email();
        }, k.equals(form.kind()))).toList();
        List<Option> actions = ACTIONS.stream().map(a -> new Option(a, "erase".equals(a) ? m.action_erase()
                : m.action_export(), a.equals(form.action()))).toList();
        List<Recent> recent;
        try {
            recent = recentOf(requests.recorded(20), m);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        return Response.status(status).entity(context.localized(Templates.subjectRequests(context.page(), form, kinds,
                actions, errors, answer, recent))).header("Cache-Control", "no-store").build();
    }

    static Answer answerOf(JsonNode answer, SubjectRequestMessages m) {
        List<ServiceView> services = new ArrayList<>();
        for (JsonNode s : answer.path("services")) {
            String status = s.path("status").asText();
            List<Held> held = new ArrayList<>();
            for (JsonNode h : s.path("held")) {
                List<List<Field>> items = new ArrayList<>();
                for (JsonNode item : h.path("items")) {
                    items.add(fieldsOf(item));
                }
                held.add(new Held(m.held_kind(h.path("kind").asText(), items.size()), items));
            }
            List<String> erased = new ArrayList<>();
            for (JsonNode e : s.path("erased")) {
                erased.add(m.erased_kind(e.path("kind").asText(), e.path("count").asInt()));
            }
            List<Kept> kept = new ArrayList<>();
            for (JsonNode k : s.path("kept")) {
                kept.add(new Kept(k.path("kind").asText(), k.path("reference").asText(), k.path("reason").asText()));
            }
            services.add(new ServiceView(s.path("service").asText(), status, statusLabel(status, m), switch (status) {
                case "unreachable" -> m.unreachable_text();
                case "not-asked" -> m.not_asked_text();
                default -> null;
            }, s.path("note").asText(null), held, erased, kept));
        }
        return new Answer(answer.path("complete").asBoolean(false), answer.path("action").asText(), services);
    }

    static List<Recent> recentOf(JsonNode page, SubjectRequestMessages m) {
        List<Recent> recent = new ArrayList<>();
        for (JsonNode r : page.path("items")) {
            List<String> services = new ArrayList<>();
            for (JsonNode s : r.path("services")) {
                services.add(s.path("service").asText() + ": " + statusLabel(s.path("status").asText(), m));
            }
            String at = r.path("requestedAt").asText();
            recent.add(new Recent(at.length() >= 16 ? at.substring(0, 16).replace('T', ' ') : at,
                    r.path("requestedBy").asText(), "erase".equals(r.path("action").asText()) ? m.action_erase()
                    : m.action_export(), r.path("reason").asText(), r.path("complete").asBoolean(false),
                    String.join(", ", services)));
        }
        return recent;
    }

    private static String statusLabel(String status, SubjectRequestMessages m) {
        return switch (status) {
            case "answered" -> m.status_answered();
            case "unreachable" -> m.status_unreachable();
            default -> m.status_not_asked();
        };
    }

    /** An item's fields as text: nested values as their JSON, nulls left out. */
    private static List<Field> fieldsOf(JsonNode item) {
        List<Field> fields = new ArrayList<>();
        if (!item.isObject()) {
            fields.add(new Field("", item.asText()));
            return fields;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isNull() || f.getValue().isMissingNode()) {
                continue;
            }
            fields.add(new Field(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
        }
        return fields;
    }
}
