package io.frontline.web.complaints;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.Complaints;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One complaint as its handler works on it: the facts, the next steps the state allows, the conduct assessment with
 * the screening's suggestions beside it, the proposals waiting for a second person, and the timeline in the reader's
 * language. Every step is a form posted here and sent on to complaint-service as the person; its refusal is shown on
 * the page in the reader's words, beside the service's own.
 */
@Path(ComplaintQueuePage.PATH + "/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"complaint-handler", "site-manager", "regional-manager", "hq-safety", "admin"})
public class ComplaintPage {
    static final List<String> INDICATORS = List.of("threat", "insult", "discrimination", "disproportionate-demand",
            "threat-to-expose-online", "excessive-length-or-repetition");
    static final List<String> DEMANDS = List.of("reasonable", "unreasonable", "undetermined");
    static final List<String> MANNERS = List.of("acceptable", "abusive", "undetermined");
    static final List<String> LEVELS = List.of("management", "external-committee");

    @CheckedTemplate(basePath = "complaints")
    static class Templates {
        static native TemplateInstance complaint(Page page, ComplaintView complaint);
    }

    @Inject
    PageContext context;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @Inject
    SecurityIdentity identity;

    @RestClient
    Complaints complaints;

    @GET
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        if (!isId(id)) {
            return problems.refusal(new io.frontline.web.services.ServiceRefusal(404, Map.of(), 0));
        }
        return page(id, 200, done, null);
    }

    // Every step is a posted form: the CSRF filter checks its token; a POST of another kind is refused (415).

    /** A step's address opened by GET (the language switch returns to where the person was): the page itself. */
    @GET
    @Path("{step: [a-z]+(/[a-z]+)?}")
    public Response stepAddress(@PathParam("id") String id) {
        return Response.seeOther(URI.create(ComplaintQueuePage.PATH + "/" + (isId(id) ? id : ""))).build();
    }

    @POST
    @Path("acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") String id) {
        return step(id, "acknowledge", null, () -> complaints.acknowledge(id));
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String id) {
        return step(id, "start", null, () -> complaints.start(id));
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@PathParam("id") String id) {
        return step(id, "resume", null, () -> complaints.resume(id));
    }

    @POST
    @Path("assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") String id, @FormParam("to") String to, @FormParam("assignee") String assignee) {
        String handler = "me".equals(to) ? me() : assignee;
        return step(id, "assign", required("assign", handler),
                () -> complaints.assign(id, Map.of("assignee", handler.strip())));
    }

    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") String id, @FormParam("text") String text) {
        return step(id, "ask", required("ask", text), () -> complaints.askComplainant(id, Map.of("text", text.strip())));
    }

    @POST
    @Path("resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") String id, @FormParam("text") String text) {
        return step(id, "resolve", required("resolve", text), () -> complaints.resolve(id, Map.of("text", text.strip())));
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @FormParam("reason") String reason) {
        // the service judges the grounds (length, the conduct guard); an empty field is its refusal too
        return step(id, "reject", null, () -> complaints.reject(id, Map.of("reason", reason == null ? "" : reason.strip())));
    }

    @POST
    @Path("rejection/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveRejection(@PathParam("id") String id) {
        return step(id, "approve_rejection", null, () -> complaints.approveRejection(id));
    }

    @POST
    @Path("rejection/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declineRejection(@PathParam("id") String id, @FormParam("reason") String reason) {
        return step(id, "decline_rejection", required("decline_rejection", reason),
                () -> complaints.declineRejection(id, Map.of("reason", reason.strip())));
    }

    @POST
    @Path("escalate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response escalate(@PathParam("id") String id, @FormParam("level") String level,
                             @FormParam("reason") String reason) {
        return step(id, "escalate", required("escalate", reason), () -> complaints.escalate(id,
                Map.of("level", level == null ? "" : level, "reason", reason.strip())));
    }

    @POST
    @Path("message")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response message(@PathParam("id") String id, @FormParam("visibility") String visibility,
                            @FormParam("text") String text) {
        return step(id, "message", required("message", text), () -> complaints.message(id,
                Map.of("visibility", visibility == null ? "" : visibility, "text", text.strip())));
    }

    @POST
    @Path("conduct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response conduct(@PathParam("id") String id, @FormParam("demand") String demand,
                            @FormParam("manner") String manner, @FormParam("indicators") List<String> indicators,
                            @FormParam("reason") String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("demand", demand == null ? "" : demand);
        body.put("manner", manner == null ? "" : manner);
        body.put("indicators", indicators == null ? List.of() : indicators);
        body.put("reason", reason == null ? "" : reason.strip());
        return step(id, "conduct", required("conduct", reason), () -> complaints.assessConduct(id, body));
    }

    @POST
    @Path("reassessment/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveReassessment(@PathParam("id") String id) {
        return step(id, "approve_reassessment", null, () -> complaints.approveReassessment(id));
    }

    @POST
    @Path("reassessment/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declineReassessment(@PathParam("id") String id, @FormParam("reason") String reason) {
        return step(id, "decline_reassessment", required("decline_reassessment", reason),
                () -> complaints.declineReassessment(id, Map.of("reason", reason.strip())));
    }

    /** A step's form error before any call: the field left empty. */
    private FormError required(String form, String value) {
        return value == null || value.isBlank()
                ? new FormError(form, ComplaintTexts.in(context.lang()).messages().refused_required(), null) : null;
    }

    /** Sends the step; done: back to the page (303) saying so; refused: the page again, the refusal beside the form. */
    private Response step(String id, String form, FormError missing, Supplier<JsonNode> call) {
        if (!isId(id)) {
            return problems.refusal(new io.frontline.web.services.ServiceRefusal(404, Map.of(), 0));
        }
        if (missing != null) {
            return page(id, 422, null, missing);
        }
        JsonNode answer;
        try {
            answer = call.get();
        } catch (WebApplicationException e) {
            Refusal refusal = Refusal.of(e);
            if (!refusal.belongsOnThePage()) {
                return problems.refusal(refusal.asServiceRefusal());
            }
            ComplaintTexts texts = ComplaintTexts.in(context.lang());
            return page(id, refusal.status() == 400 ? 422 : refusal.status(), null,
                    new FormError(form, refusal.explained(texts), refusal.detail()));
        }
        String done = form;
        if (form.equals("reject") && answer.path("pendingRejection").isObject()) {
            done = "reject_proposed";
        } else if (form.equals("conduct") && answer.path("pendingReassessment").isObject()
                && answer.path("pendingReassessment").path("assessedBy").asText("").equals(me())) {
            done = "conduct_proposed";
        }
        return Response.seeOther(URI.create(ComplaintQueuePage.PATH + "/" + id + "?done=" + done + "#outcome")).build();
    }

    private Response page(String id, int status, String done, FormError error) {
        ComplaintTexts texts = ComplaintTexts.in(context.lang());
        JsonNode complaint;
        JsonNode timeline;
        JsonNode screening;
        try {
            complaint = complaints.complaint(id);
            timeline = complaints.timeline(id);
            screening = readsScreening() ? complaints.screening(id) : null;
        } catch (WebApplicationException e) {
            return problems.refusal(Refusal.of(e).asServiceRefusal());
        }
        ComplaintView view = view(complaint, timeline, screening, texts, doneText(done, texts), error);
        return Response.status(status).entity(context.localized(Templates.complaint(context.page(), view))).build();
    }

    private ComplaintView view(JsonNode c, JsonNode timeline, JsonNode screening, ComplaintTexts texts, String done,
                               FormError error) {
        ComplaintMessages m = texts.messages();
        String site = c.path("site").asText();
        String status = c.path("status").asText();
        boolean closed = status.equals("resolved") || status.equals("rejected");
        String me = me();
        boolean acts = mayAct();

        ComplaintView.Conduct conduct = conduct(c.path("conduct"), site, texts);
        JsonNode pending = c.path("pendingReassessment");
        ComplaintView.Proposal reassessment = pending.isObject() ? new ComplaintView.Proposal(
                m.reassessment_what(texts.get("demand_", pending.path("demand").asText()),
                        texts.get("manner_", pending.path("manner").asText())),
                pending.path("reason").asText(""),
                m.pending_by(pending.path("assessedBy").asText(), at(pending.path("assessedAt"), site)),
                me.equals(pending.path("assessedBy").asText())) : null;
        JsonNode rejection = c.path("pendingRejection");
        ComplaintView.Proposal pendingRejection = rejection.isObject() ? new ComplaintView.Proposal(null,
                rejection.path("reason").asText(""),
                m.pending_by(rejection.path("proposedBy").asText(), at(rejection.path("proposedAt"), site)),
                me.equals(rejection.path("proposedBy").asText())) : null;

        List<String> suggested = new ArrayList<>();
        if (screening != null) {
            screening.path("suggestedIndicators").forEach(i -> suggested.add(m.screening_item(
                    texts.get("indicator_", i.asText()))));
        }
        List<String> confirmedIndicators = new ArrayList<>();
        c.path("conduct").path("indicators").forEach(i -> confirmedIndicators.add(i.asText()));
        List<Option> indicators = INDICATORS.stream().map(i -> new Option(i, texts.get("indicator_", i),
                confirmedIndicators.contains(i))).toList();
        String currentDemand = c.path("conduct").path("demand").asText("");
        String currentManner = c.path("conduct").path("manner").asText("");
        List<Option> demands = DEMANDS.stream().map(d -> new Option(d, texts.get("demand_", d), d.equals(currentDemand)))
                .toList();
        List<Option> manners = MANNERS.stream().map(d -> new Option(d, texts.get("manner_", d), d.equals(currentManner)))
                .toList();
        String escalation = c.path("escalation").asText("");
        int escalatedTo = LEVELS.indexOf(escalation);
        List<Option> levels = new ArrayList<>();
        for (int i = escalatedTo + 1; i < LEVELS.size(); i++) {
            levels.add(new Option(LEVELS.get(i), texts.get("level_", LEVELS.get(i)), levels.isEmpty()));
        }

        List<ComplaintView.Entry> entries = new ArrayList<>();
        for (JsonNode e : timeline) {
            entries.add(new ComplaintView.Entry(at(e.path("at"), site), e.path("actor").asText(),
                    m.timeline_by(e.path("actor").asText()), texts.line(e, dates, context.locale()),
                    e.path("text").isTextual() ? e.path("text").asText() : null,
                    "complainant".equals(e.path("visibility").asText())));
        }
        java.util.Collections.reverse(entries);

        String due = c.path("responseDue").isTextual()
                ? dates.date(LocalDate.parse(c.path("responseDue").asText()), context.locale()) : "";
        return new ComplaintView(c.path("id").asText(), c.path("reference").asText(), c.path("subject").asText(),
                c.path("description").asText(), status, texts.get("status_", status),
                organisation.findSite(site).map(s -> s.name()).orElse(site),
                texts.shared().get("channel_", c.path("channel").asText()),
                texts.shared().get("category_", c.path("category").asText()),
                at(c.path("receivedAt"), site), due, c.path("termPaused").asBoolean(),
                c.path("assignee").isTextual() ? c.path("assignee").asText() : null,
                escalation.isEmpty() ? null : texts.get("level_", escalation), closed, acts,
                acts && status.equals("received"), acts && status.equals("acknowledged"),
                acts && status.equals("waiting-for-complainant"), acts && !closed && !status.equals("received"),
                acts && status.equals("in-progress"), acts && status.equals("in-progress") && pendingRejection == null,
                acts && !levels.isEmpty() && !status.equals("received") && !closed, me.equals(c.path("assignee").asText()),
                conduct, reassessment, pendingRejection, suggested, screening != null, indicators, demands, manners,
                levels, entries, done, error);
    }

    private ComplaintView.Conduct conduct(JsonNode conduct, String site, ComplaintTexts texts) {
        if (!conduct.isObject()) {
            return null;
        }
        ComplaintMessages m = texts.messages();
        List<String> indicators = new ArrayList<>();
        conduct.path("indicators").forEach(i -> indicators.add(texts.get("indicator_", i.asText())));
        return new ComplaintView.Conduct(texts.get("demand_", conduct.path("demand").asText()),
                texts.get("manner_", conduct.path("manner").asText()), conduct.path("demand").asText(),
                conduct.path("manner").asText(), indicators, conduct.path("reason").asText(""),
                m.conduct_assessed_by(conduct.path("assessedBy").asText(), at(conduct.path("assessedAt"), site)),
                conduct.path("approvedBy").isTextual() ? m.conduct_approved_by(conduct.path("approvedBy").asText())
                        : null);
    }

    private String doneText(String done, ComplaintTexts texts) {
        if (done == null || !done.matches("[a-z_]{1,40}")) {
            return null;
        }
        String text = texts.get("done_", done);
        return text.equals(done) ? null : text;
    }

    private String at(JsonNode instant, String site) {
        return instant.isTextual() ? dates.dateTime(Instant.parse(instant.asText()), site, context.locale()) : "";
    }

    /** The steps are for those who handle complaints; an administrator reads only (the service says the same). */
    private boolean mayAct() {
        return identity.hasRole("complaint-handler") || identity.hasRole("site-manager")
                || identity.hasRole("regional-manager") || identity.hasRole("hq-safety");
    }

    private boolean readsScreening() {
        return mayAct();
    }

    /** The person's user name, as complaint-service knows them (the token's preferred_username). */
    private String me() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String username = token.getClaim("preferred_username");
            if (username != null) {
                return username;
            }
        }
        return identity.getPrincipal().getName();
    }

    private static boolean isId(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What stopped a form: which form, in the reader's words, and the service's own words where it gave some. */
    public record FormError(String form, String message, String serviceWords) {
    }
}
