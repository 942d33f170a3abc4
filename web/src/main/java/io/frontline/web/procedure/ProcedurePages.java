package io.frontline.web.procedure;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.procedure.ProcedureViews.CaseView;
import io.frontline.web.procedure.ProcedureViews.DecisionView;
import io.frontline.web.procedure.ProcedureViews.HearingView;
import io.frontline.web.procedure.ProcedureViews.ObjectionView;
import io.frontline.web.procedure.ProcedureViews.PositionView;
import io.frontline.web.procedure.ProcedureViews.ReportView;
import io.frontline.web.procedure.ProcedureViews.Row;
import io.frontline.web.procedure.ProcedureViews.TermRow;
import io.frontline.web.services.FormalComplaints;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The internal procedure's screens (seed 004): "my formal complaints", filing one, and a case page that shows
 * exactly what incident-service gives the reader ({@code readAs}) with the statutory terms as due dates and time
 * left, and offers only the forms of the reader's part: the committee hears, engages experts, asks for interim
 * measures, votes and reports; management (hr) decides and answers objections; a party states positions, names
 * an adviser and objects. The service refuses anything else anyway.
 */
@Path("/formal-complaints")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
        "complaint-handler", "admin"})
public class ProcedurePages {
    static final Set<String> STEPS = Set.of("hearings", "experts", "interim-measures", "votes", "report", "decision",
            "objections", "positions", "advisers");

    @CheckedTemplate(basePath = "procedure")
    static class Templates {
        static native TemplateInstance list(Page page, List<Row> rows, String nextHref);

        static native TemplateInstance file(Page page, String accused, String complaint, List<String> errors);

        static native TemplateInstance complaint(Page page, CaseView c, List<Option> findings, List<Option> sanctions,
                                                 List<Option> measures, String done, List<String> errors,
                                                 Map<String, String> entered);
    }

    @Inject
    PageContext context;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @Inject
    SecurityIdentity identity;

    Clock clock = Clock.systemUTC();

    @RestClient
    FormalComplaints complaints;

    @GET
    public Response list(@QueryParam("cursor") String cursor) {
        ProcedureMessages t = ProcedureViews.in(context.lang());
        JsonNode page;
        try {
            page = complaints.mine(50, cursor == null || cursor.isBlank() ? null : cursor);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode c : page.path("items")) {
            JsonNode next = c.path("nextTerm");
            String nextTerm = t.no_term();
            String state = "none";
            if (next.isObject()) {
                TermClock.Standing s = standing(next);
                nextTerm = t.next_term(ProcedureViews.label(t, "term_", next.path("term").asText()),
                        ProcedureViews.standing(t, s) + " (" + t.due_at(at(next.path("dueAt"))) + ")");
                state = s.state().name().toLowerCase();
            }
            rows.add(new Row(c.path("id").asText(), c.path("reference").asText(), c.path("status").asText(),
                    ProcedureViews.label(t, "status_", c.path("status").asText()),
                    ProcedureViews.label(t, "read_as_", c.path("readAs").asText()), c.path("cannotSit").asBoolean(),
                    nextTerm, state));
        }
        String next = page.path("next").isTextual() ? "/formal-complaints?cursor="
                + URLEncoder.encode(page.path("next").asText(), StandardCharsets.UTF_8) : null;
        return Response.ok(context.localized(Templates.list(context.page(), rows, next))).build();
    }

    @GET
    @Path("new")
    public TemplateInstance fileForm() {
        return context.localized(Templates.file(context.page(), "", "", List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(MultivaluedMap<String, String> form) {
        String accused = text(form, "accused");
        String complaint = text(form, "complaint");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complainant", userName());
        body.put("accused", accused);
        body.put("complaint", complaint);
        JsonNode filed;
        try {
            filed = complaints.file(body);
        } catch (WebApplicationException e) {
            Refused refused = Refused.of(e, ProcedureViews.in(context.lang()), "file");
            int status = refused.refusal().status();
            if (status == 400 || status == 403 || status == 422) {
                return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(Templates.file(
                        context.page(), accused == null ? "" : accused, complaint == null ? "" : complaint,
                        refused.messages()))).build();
            }
            return problems.refusal(refused.refusal());
        }
        return Response.seeOther(URI.create("/formal-complaints/" + filed.path("id").asText() + "?done=filed")).build();
    }

    @GET
    @Path("{id}")
    public Response complaint(@PathParam("id") UUID id, @QueryParam("done") String done) {
        ProcedureMessages t = ProcedureViews.in(context.lang());
        String doneText = done == null ? null : "filed".equals(done) ? t.filed()
                : STEPS.contains(done) || "answer".equals(done) ? ProcedureViews.label(t, "done_", done) : null;
        return show(id, doneText, List.of(), 200, Map.of());
    }

    @POST
    @Path("{id}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("step") String step, MultivaluedMap<String, String> form) {
        if (!STEPS.contains(step)) {
            return problems.page(404, "404", "").build();
        }
        try {
            complaints.act(id.toString(), step, ProcedureForms.body(step, form, userName()));
        } catch (WebApplicationException e) {
            return refused(id, step, form, e);
        }
        return Response.seeOther(URI.create("/formal-complaints/" + id + "?done=" + step)).build();
    }

    @POST
    @Path("{id}/objections/{objectionId}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
                           MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answer", text(form, "answer"));
        try {
            complaints.answer(id.toString(), objectionId.toString(), body);
        } catch (WebApplicationException e) {
            return refused(id, "answer", form, e);
        }
        return Response.seeOther(URI.create("/formal-complaints/" + id + "?done=answer")).build();
    }

    private Response refused(UUID id, String step, MultivaluedMap<String, String> form, WebApplicationException e) {
        Refused refused = Refused.of(e, ProcedureViews.in(context.lang()), step);
        int status = refused.refusal().status();
        if (status == 400 || status == 403 || status == 409 || status == 422) {
            return show(id, null, refused.messages(), 422, entered(form));
        }
        return problems.refusal(refused.refusal());
    }

    /**
     * A service's refusal with its own words: the message per field it named, else its {@code detail} (a 403's
     * or 409's reason), else a general text.
     */
    record Refused(ServiceRefusal refusal, List<String> messages) {
        static Refused of(WebApplicationException e, ProcedureMessages t, String step) {
            jakarta.ws.rs.core.Response response = e.getResponse();
            JsonNode problem = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            try {
                if (response.hasEntity() || response.getLength() != 0) {
                    problem = response.readEntity(JsonNode.class);
                }
            } catch (RuntimeException unreadable) {
                // not problem+json: the status says enough
            }
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> messages = new ArrayList<>();
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asText("");
                String message = error.path("message").asText("");
                fields.putIfAbsent(field.substring(field.lastIndexOf('.') + 1), message);
                String own = ProcedureViews.known(t, "refused_" + step + "_", field);
                messages.add(own != null ? own + " " + t.service_said(message)
                        : field.isBlank() ? message : field + ": " + message);
            }
            if (messages.isEmpty() && problem.path("detail").isTextual() && response.getStatus() < 500) {
                messages.add(problem.path("detail").asText());
            }
            if (messages.isEmpty()) {
                messages.add(t.refused_general());
            }
            return new Refused(new ServiceRefusal(response.getStatus(), fields, 0), messages);
        }
    }

    /** What the person typed into the refused form, kept so they need not type it again (CSRF token left out). */
    private static Map<String, String> entered(MultivaluedMap<String, String> form) {
        Map<String, String> entered = new LinkedHashMap<>();
        form.forEach((field, values) -> {
            if (!values.isEmpty() && values.get(0) != null && !field.startsWith("csrf")) {
                entered.put(field, values.get(0));
            }
        });
        return entered;
    }

    private Response show(UUID id, String done, List<String> errors, int status, Map<String, String> typed) {
        JsonNode c;
        try {
            c = complaints.complaint(id.toString());
        } catch (WebApplicationException ex) {
            return problems.refusal(ServiceRefusal.of(ex));
        }
        ProcedureMessages t = ProcedureViews.in(context.lang());
        CaseView view = view(c, t);
        Map<String, String> entered = new LinkedHashMap<>(typed);
        entered.putIfAbsent("sanction", view.adviceCode().isEmpty() ? "none" : view.adviceCode());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(Templates.complaint(
                context.page(), view, ProcedureViews.options(t, "finding_", ProcedureViews.FINDINGS),
                ProcedureViews.options(t, "sanction_", ProcedureViews.SANCTIONS),
                ProcedureViews.options(t, "measure_", ProcedureViews.MEASURES), done, errors, entered))).build();
    }

    private CaseView view(JsonNode c, ProcedureMessages t) {
        String readAs = c.path("readAs").asText();
        boolean committee = "committee".equals(readAs);
        boolean management = "management".equals(readAs);
        boolean party = "complainant".equals(readAs) || "accused".equals(readAs);
        String status = c.path("status").asText();
        List<TermRow> terms = new ArrayList<>();
        for (JsonNode term : c.path("terms")) {
            TermClock.Standing s = standing(term);
            terms.add(new TermRow(term.path("term").asText(), ProcedureViews.label(t, "term_", term.path("term").asText()),
                    t.due_at(at(term.path("dueAt"))), ProcedureViews.standing(t, s), s.state().name().toLowerCase(),
                    term.path("missedNoticeSent").asBoolean()));
        }
        List<HearingView> hearings = new ArrayList<>();
        for (JsonNode h : c.path("hearings")) {
            List<String> acks = new ArrayList<>();
            for (JsonNode a : h.path("acknowledgements")) {
                acks.add(a.path("person").asText() + ": " + (a.path("seen").asBoolean() ? t.seen()
                        : t.refused_to_sign(a.path("refusalReason").asText(""))));
            }
            hearings.add(new HearingView(h.path("id").asText(), join(h.path("heard")),
                    t.recorded_by(h.path("recordedBy").asText(), at(h.path("heldAt"))), h.path("record").asText(),
                    acks));
        }
        String mySide = party ? readAs : null;
        List<PositionView> positions = new ArrayList<>();
        List<Option> replyTo = new ArrayList<>();
        replyTo.add(new Option("", t.position_reply_none(), true));
        for (JsonNode p : c.path("positions")) {
            String side = p.path("side").asText();
            positions.add(new PositionView(p.path("id").asText(), ProcedureViews.label(t, "side_", side),
                    p.path("text").asText(), p.path("inReplyTo").isTextual()
                    ? t.reply_to(ProcedureViews.label(t, "side_", "complainant".equals(side) ? "accused" : "complainant"))
                    : null, at(p.path("submittedAt"))));
            if (party && !side.equals(mySide)) {
                String text = p.path("text").asText();
                replyTo.add(new Option(p.path("id").asText(), text.length() > 60 ? text.substring(0, 60) + "…" : text,
                        false));
            }
        }
        List<String> advisers = new ArrayList<>();
        c.path("advisers").forEach(a -> advisers.add(a.path("name").asText() + " ("
                + ProcedureViews.label(t, "side_", a.path("side").asText()) + ")"));
        List<String> experts = new ArrayList<>();
        c.path("experts").forEach(e -> experts.add(e.path("expertise").asText() + " · " + at(e.path("engagedAt"))));
        List<String> measures = new ArrayList<>();
        c.path("interimMeasures").forEach(m -> measures.add(ProcedureViews.label(t, "measure_",
                m.path("measure").asText()) + ": " + m.path("reason").asText()));
        List<String> votes = null;
        if (c.path("votes").isArray()) {
            votes = new ArrayList<>();
            for (JsonNode v : c.path("votes")) {
                votes.add(v.path("member").asText() + ": " + ProcedureViews.label(t, "finding_", v.path("finding").asText()));
            }
        }
        ReportView report = null;
        String adviceCode = "";
        String advice = null;
        JsonNode r = c.path("report");
        if (r.isObject()) {
            JsonNode advised = r.path("caseAdvice").path("sanction");
            adviceCode = advised.isObject() ? advised.path("type").asText() : "";
            String sanction = sanction(t, advised);
            report = new ReportView(r.path("complainant").asText(), r.path("accused").asText(), join(r.path("affected")),
                    r.path("complaint").asText(), ProcedureViews.label(t, "finding_", r.path("finding").asText()),
                    sanction, r.path("caseAdvice").path("measures").asText(""), r.path("generalAdvice").asText(""),
                    t.report_issued(at(r.path("issuedAt"))));
            advice = t.decision_advice(sanction, r.path("caseAdvice").path("measures").asText(""));
        }
        DecisionView decision = null;
        JsonNode d = c.path("decision");
        if (d.isObject()) {
            decision = new DecisionView(ProcedureViews.label(t, "finding_", d.path("finding").asText()),
                    sanction(t, d.path("sanction")), d.path("sanctionedEmployee").asText(""),
                    d.path("measures").asText(""), d.path("followsAdvice").asBoolean(),
                    d.path("departureReasons").asText(""), t.decided_at(at(d.path("decidedAt"))),
                    c.path("objectionDueAt").isTextual() ? t.objection_due(at(c.path("objectionDueAt"))) : null);
        }
        List<ObjectionView> objections = new ArrayList<>();
        boolean objectedAlready = false;
        for (JsonNode o : c.path("objections")) {
            boolean answered = o.path("answer").isTextual();
            if (o.path("side").asText().equals(mySide)) {
                objectedAlready = true;
            }
            objections.add(new ObjectionView(o.path("id").asText(),
                    t.objection_by(ProcedureViews.label(t, "side_", o.path("side").asText()), at(o.path("filedAt"))),
                    o.path("reasons").asText(), answered ? o.path("answer").asText() : null,
                    answered ? t.objection_answer(at(o.path("answeredAt"))) : t.objection_unanswered(),
                    management && !answered));
        }
        Instant now = clock.instant();
        boolean canObject = party && d.isObject() && !objectedAlready && c.path("objectionDueAt").isTextual()
                && now.isBefore(Instant.parse(c.path("objectionDueAt").asText()));
        boolean cannotSit = party && identity.hasRole("committee");
        boolean investigating = "under-investigation".equals(status);
        return new CaseView(c.path("id").asText(), c.path("reference").asText(), status,
                ProcedureViews.label(t, "status_", status), readAs, ProcedureViews.label(t, "read_as_", readAs),
                c.path("complainant").asText(), c.path("accused").asText(), c.path("complaint").asText(),
                at(c.path("receivedAt")), cannotSit, committee && investigating, management, party, terms, hearings,
                positions, advisers, experts, measures, votes, report, decision, objections, replyTo, canObject,
                committee && investigating, committee && investigating, management && "reported".equals(status),
                adviceCode, advice);
    }

    private static String sanction(ProcedureMessages t, JsonNode sanction) {
        if (!sanction.isObject()) {
            return t.sanction_none();
        }
        String label = ProcedureViews.label(t, "sanction_", sanction.path("type").asText());
        if (sanction.path("suspensionDays").isNumber()) {
            label += " (" + sanction.path("suspensionDays").asText() + ")";
        }
        if (sanction.path("fineAmount").isNumber()) {
            label += " (€ " + sanction.path("fineAmount").asText() + ")";
        }
        return label;
    }

    private TermClock.Standing standing(JsonNode term) {
        Instant due = Instant.parse(term.path("dueAt").asText());
        Instant met = term.path("metAt").isTextual() ? Instant.parse(term.path("metAt").asText()) : null;
        return TermClock.of(due, met, clock.instant(), dates.defaultZone());
    }

    private String at(JsonNode instant) {
        if (!instant.isTextual()) {
            return "";
        }
        return dates.dateTime(Instant.parse(instant.asText()), null, context.locale());
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(", ", values);
    }

    private String userName() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("preferred_username") != null) {
            return token.getClaim("preferred_username");
        }
        return identity.getPrincipal().getName();
    }

    static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> names(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
