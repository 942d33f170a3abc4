package io.frontline.web.measures;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.door.MeasureDoor;
import io.frontline.web.door.PhotoUpload;
import io.frontline.web.i18n.Dates;
import io.frontline.web.measures.MeasureViews.Detail;
import io.frontline.web.measures.MeasureViews.HistoryRow;
import io.frontline.web.measures.MeasureViews.Row;
import io.frontline.web.measures.MeasureViews.Tab;
import io.frontline.web.services.DoorProfiles;
import io.frontline.web.services.Sanctions;
import io.frontline.web.services.ServiceRefusal;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Bans and measures (issue 13): the work queues, and a measure's page with the ladder's rule, its explanation and
 * the history it weighed; approve or reject (the four-eyes rule is sanction-service's: whoever it excludes sees no
 * approve button and the reason why, and the service refuses them all the same), lift early with a reason, and
 * objections with their decision. Every rule is the service's; the page shows what it answers.
 */
@Path("/measures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"site-manager", "regional-manager", "hq-safety", "hr", "admin"})
public class MeasurePages {
    static final List<String> QUEUES = List.of("awaiting-approval", "active", "expiring", "objections-pending");

    @CheckedTemplate(basePath = "measures")
    static class Templates {
        static native TemplateInstance queue(Page page, String queue, List<Tab> tabs, List<Row> rows,
                                             boolean includeExcluded, String toggleHref, String nextHref);

        static native TemplateInstance measure(Page page, Detail m, String done, String error,
                                               Map<String, String> errors, MeasureDoor.Section door);
    }

    @Inject
    PageContext context;

    @Inject
    SecurityIdentity identity;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @RestClient
    Sanctions sanctions;

    @RestClient
    DoorProfiles doorProfiles;

    @Inject
    MeasureDoor door;

    @GET
    public Response queue(@QueryParam("queue") String queue, @QueryParam("includeExcluded") boolean includeExcluded,
                          @QueryParam("cursor") String cursor) {
        String current = QUEUES.contains(queue) ? queue : QUEUES.get(0);
        Labels labels = Labels.in(context.lang());
        JsonNode page;
        try {
            page = sanctions.queue(current, current.equals("awaiting-approval") && includeExcluded ? true : null,
                    current.equals("expiring") ? 14 : null, 50, cursor == null || cursor.isBlank() ? null : cursor);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<Tab> tabs = QUEUES.stream().map(q -> new Tab(q, labels.get("queue_", q), "/measures?queue=" + q,
                q.equals(current))).toList();
        List<Row> rows = new ArrayList<>();
        page.path("items").forEach(m -> rows.add(row(m, current, labels)));
        String base = "/measures?queue=" + current + (includeExcluded ? "&includeExcluded=true" : "");
        String next = page.path("next").isTextual() ? base + "&cursor="
                + URLEncoder.encode(page.path("next").asText(), StandardCharsets.UTF_8) : null;
        String toggle = "/measures?queue=awaiting-approval" + (includeExcluded ? "" : "&includeExcluded=true");
        return Response.ok(context.localized(Templates.queue(context.page(), current, tabs, rows, includeExcluded,
                toggle, next))).build();
    }

    @GET
    @Path("{id}")
    public Response measure(@PathParam("id") UUID id, @QueryParam("done") String done,
                            @QueryParam("door") String doorNotice, @QueryParam("warn") String warn) {
        return show(id, done == null || done.isBlank() ? null : done, null, Map.of(), 200, doorNotice, warn);
    }

    /** The door profile (issue 20): the six fields go to sanction-service, its reminder words come back on the page. */
    @POST
    @Path("{id}/door-profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response describeForDoor(@PathParam("id") UUID id, @FormParam("description") String description,
                                    @FormParam("height") String height, @FormParam("build") String build,
                                    @FormParam("hair") String hair, @FormParam("clothing") String clothing,
                                    @FormParam("distinguishingMarks") String marks) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", description);
        form.put("height", height);
        form.put("build", build);
        form.put("hair", hair);
        form.put("clothing", clothing);
        form.put("distinguishingMarks", marks);
        JsonNode described;
        try {
            described = doorProfiles.describe(id.toString(), PhotoUpload.profile(form));
        } catch (WebApplicationException e) {
            return doorRefused(id, e);
        }
        List<String> warnings = new ArrayList<>();
        described.path("warnings").forEach(w -> warnings.add(w.asText()));
        return doorDone(id, "saved", warnings.isEmpty() ? "" : "&warn="
                + URLEncoder.encode(String.join(",", warnings), StandardCharsets.UTF_8));
    }

    /** A door photo with its lawful basis, passed on as multipart with the manager's token; the service checks it. */
    @POST
    @Path("{id}/door-photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addDoorPhoto(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
                                 @RestForm String lawfulBasis) {
        boolean hasFile = file != null && file.uploadedFile() != null && file.size() > 0;
        String missing = PhotoUpload.missing(hasFile, lawfulBasis);
        if (missing != null) {
            return doorDone(id, missing, "");
        }
        ClientMultipartForm form = ClientMultipartForm.create()
                .binaryFileUpload("file", file.fileName() == null ? "photo" : file.fileName(),
                        file.uploadedFile().toString(),
                        file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType())
                .attribute("lawfulBasis", lawfulBasis.strip(), null);
        try {
            doorProfiles.addPhoto(id.toString(), form);
        } catch (WebApplicationException e) {
            return doorRefused(id, e);
        }
        return doorDone(id, "photo-added", "");
    }

    private Response doorRefused(UUID id, WebApplicationException e) {
        ServiceRefusal refusal = ServiceRefusal.of(e);
        String code = PhotoUpload.refusal(refusal.status());
        return code == null ? problems.refusal(refusal) : doorDone(id, code, "");
    }

    /** Post/redirect/get to the measure's door section, with what happened. */
    private static Response doorDone(UUID id, String notice, String more) {
        return Response.seeOther(URI.create("/measures/" + id + "?door=" + notice + more + "#door")).build();
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") UUID id) {
        return act(id, "approved", Map.of(), () -> sanctions.approve(id.toString()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        if (blank(reason)) {
            return required(id, "rejectReason");
        }
        return act(id, "rejected", Map.of(), () -> sanctions.reject(id.toString(), Map.of("reason", reason.strip())));
    }

    @POST
    @Path("{id}/lift")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lift(@PathParam("id") UUID id, @FormParam("reason") String reason,
                         @FormParam("wronglyImposed") String wronglyImposed) {
        if (blank(reason)) {
            return required(id, "liftReason");
        }
        return act(id, "lifted", Map.of(), () -> sanctions.lift(id.toString(), Map.of("reason", reason.strip(),
                "wronglyImposed", "true".equals(wronglyImposed))));
    }

    @POST
    @Path("{id}/objection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("id") UUID id, @FormParam("grounds") String grounds) {
        if (blank(grounds)) {
            return required(id, "grounds");
        }
        return act(id, "objection", Map.of(), () -> sanctions.object(id.toString(), Map.of("grounds", grounds.strip())));
    }

    @POST
    @Path("{id}/objection/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideObjection(@PathParam("id") UUID id, @FormParam("outcome") String outcome,
                                    @FormParam("reasonCode") String reasonCode,
                                    @FormParam("reason") String reason, @FormParam("until") String until,
                                    @FormParam("site") String site) {
        if (blank(outcome)) {
            return required(id, "outcome");
        }
        if (blank(reasonCode)) {
            return required(id, "reasonCode");
        }
        if (blank(reason)) {
            return required(id, "decisionReason");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("reasonCode", reasonCode);
        body.put("reason", reason.strip());
        if (!blank(until)) {
            try {
                body.put("until", LocalDateTime.parse(until).atZone(dates.zoneOf(site)).toInstant().toString());
            } catch (DateTimeParseException e) {
                return show(id, null, null, Map.of("until", Labels.in(context.lang()).messages().refused_invalid()),
                        422);
            }
        }
        return act(id, "decided", Map.of(), () -> sanctions.decideObjection(id.toString(), body));
    }

    private Response act(UUID id, String done, Map<String, String> errors, Supplier<JsonNode> call) {
        try {
            call.get();
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            MeasuresMessages m = Labels.in(context.lang()).messages();
            return switch (refusal.status()) {
                case 403 -> show(id, null, m.refused_forbidden(), errors, 403);
                case 409 -> show(id, null, m.refused_conflict(), errors, 409);
                case 400, 422 -> show(id, null, m.refused_invalid(), errors, 422);
                default -> problems.refusal(refusal);
            };
        }
        return Response.seeOther(URI.create("/measures/" + id + "?done=" + done)).build();
    }

    private Response show(UUID id, String done, String error, Map<String, String> errors, int status) {
        return show(id, done, error, errors, status, null, null);
    }

    private Response required(UUID id, String field) {
        return show(id, null, null, Map.of(field, Labels.in(context.lang()).messages().field_required()), 422);
    }

    private Response show(UUID id, String done, String error, Map<String, String> errors, int status,
                          String doorNotice, String warn) {
        JsonNode measure;
        JsonNode beside;
        try {
            measure = sanctions.measure(id.toString());
            beside = measure.path("status").asText().equals("proposed") ? sanctions.pendingBeside(id.toString()) : null;
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        Labels labels = Labels.in(context.lang());
        String doneText = done == null ? null : labels.get("done_", done);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(Templates.measure(
                context.page(), detail(measure, beside, labels), doneText, error, errors,
                door.of(measure, doorNotice, warn)))).build();
    }

    private Row row(JsonNode m, String queue, Labels labels) {
        String site = m.path("siteId").asText();
        String when = switch (queue) {
            case "awaiting-approval" -> labels.messages().proposed(m.path("proposal").path("proposedBy").asText(),
                    at(m.path("proposal").path("proposedAt"), site));
            case "objections-pending" -> labels.messages().objection_filed(m.path("objection").path("filedBy").asText(),
                    at(m.path("objection").path("filedAt"), site), at(m.path("objection").path("decisionDue"), site));
            default -> labels.messages().until() + " " + at(m.path("until"), site);
        };
        JsonNode approval = m.path("approval");
        String refusal = queue.equals("awaiting-approval") && !approval.path("allowed").asBoolean(true)
                ? labels.get("reason_", approval.path("reason").asText()) : null;
        String status = m.path("status").asText();
        return new Row(m.path("id").asText(), labels.get("type_", m.path("type").asText()), status,
                labels.get("status_", status), siteName(site), when, refusal);
    }

    private Detail detail(JsonNode m, JsonNode beside, Labels labels) {
        MeasuresMessages t = labels.messages();
        String site = m.path("siteId").asText();
        String status = m.path("status").asText();
        JsonNode proposal = m.path("proposal");
        List<String> terms = new ArrayList<>();
        JsonNode contact = m.path("contact");
        if (contact.isObject()) {
            List<String> channels = new ArrayList<>();
            contact.path("channels").forEach(c -> channels.add(c.asText()));
            terms.add(t.terms_contact(channels.isEmpty() ? "*" : String.join(", ", channels),
                    contact.path("alternativeChannel").asText("-")));
        }
        JsonNode entry = m.path("entry");
        if (entry.isObject()) {
            switch (entry.path("coverage").asText()) {
                case "sites" -> {
                    List<String> sites = new ArrayList<>();
                    entry.path("sites").forEach(s -> sites.add(siteName(s.asText())));
                    terms.add(t.terms_entry_sites(String.join(", ", sites)));
                }
                case "region" -> terms.add(t.terms_entry_region(entry.path("region").asText()));
                default -> terms.add(t.terms_entry_chain());
            }
        }
        String source = proposal.path("source").asText();
        String rule = source.equals("ladder") ? labels.get("rule_", proposal.path("rule").asText())
                : labels.get("rule_", source);
        List<HistoryRow> history = new ArrayList<>();
        proposal.path("history").forEach(h -> history.add(new HistoryRow(labels.get("history_", h.path("kind").asText()),
                h.path("label").asText(), at(h.path("at"), site))));
        JsonNode approval = m.path("approval");
        boolean proposed = status.equals("proposed");
        boolean mayApprove = proposed && approval.path("allowed").asBoolean(false);
        String reason = approval.path("reason").asText("");
        String refusal = proposed && !mayApprove ? labels.get("reason_", reason) : null;
        boolean decider = identity.hasRole("site-manager") || identity.hasRole("hq-safety") || identity.hasRole("hr");
        boolean inForce = status.equals("approved") || status.equals("active");
        JsonNode o = m.path("objection");
        String objection = o.isObject() ? t.objection_filed(o.path("filedBy").asText(), at(o.path("filedAt"), site),
                at(o.path("decisionDue"), site)) + " " + o.path("grounds").asText() : null;
        String decision = o.isObject() && o.path("outcome").isTextual() ? t.objection_decided(o.path("decidedBy").asText(),
                at(o.path("decidedAt"), site), labels.get("outcome_", o.path("outcome").asText())
                        + (o.path("reasonCode").isTextual()
                        ? " — " + labels.get("objection_code_", o.path("reasonCode").asText()) : ""),
                o.path("reason").asText("")) : null;
        // Who may decide the objection is sanction-service's answer (never the approver or proposer, issue 17):
        // the form only for them, and the reason for everyone else while the objection awaits its decision.
        JsonNode objectionCheck = m.path("objectionDecision");
        boolean pendingObjection = o.isObject() && !o.path("outcome").isTextual();
        boolean mayDecideObjection = pendingObjection && objectionCheck.path("allowed").asBoolean(false);
        String objectionRefusal = pendingObjection && !mayDecideObjection && objectionCheck.path("reason").isTextual()
                ? labels.get("objection_refused_", objectionCheck.path("reason").asText()) : null;
        List<Row> pending = new ArrayList<>();
        if (beside != null) {
            beside.forEach(b -> pending.add(row(b, "awaiting-approval", labels)));
        }
        String ended = m.path("endedBy").isTextual() ? t.ended(m.path("endedBy").asText(), at(m.path("endedAt"), site),
                m.path("endReason").asText("")) : null;
        return new Detail(m.path("id").asText(), labels.get("type_", m.path("type").asText()), status,
                labels.get("status_", status), siteName(site), site, shortKey(m.path("subjectKey").asText(null)),
                m.path("employeeId").asText(null), m.path("duration").asText(null), at(m.path("startsAt"), site),
                at(m.path("until"), site), t.proposed(proposal.path("proposedBy").asText(), at(proposal.path("proposedAt"), site)),
                m.path("approvedBy").isTextual() ? t.approved(m.path("approvedBy").asText(), at(m.path("approvedAt"), site))
                        : null,
                ended, terms, rule, proposal.path("explanation").asText(""), history,
                proposal.path("policeReportRecommended").asBoolean(false), mayApprove, refusal,
                proposed && decider && !reason.equals("not-entitled"),
                inForce && decider, inForce && !o.isObject(), objection, mayDecideObjection, objectionRefusal,
                decision, pending);
    }

    private String at(JsonNode instant, String siteId) {
        if (!instant.isTextual()) {
            return null;
        }
        return dates.dateTime(Instant.parse(instant.asText()), siteId, context.locale());
    }

    private String siteName(String siteId) {
        return organisation.findSite(siteId).map(s -> s.name()).orElse(siteId);
    }

    /** A subject key is a pseudonym, long and meaningless: its start is enough to tell two apart on a page. */
    private static String shortKey(String subjectKey) {
        return subjectKey == null ? null : subjectKey.length() > 14 ? subjectKey.substring(0, 14) + "…" : subjectKey;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
