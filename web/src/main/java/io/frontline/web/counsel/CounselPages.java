package io.frontline.web.counsel;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.CounsellorNotes;
import io.frontline.web.services.ServiceRefusal;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The confidential counsellor's screens (seed 004, Vertrouwenspersoon): their own notes, a first report (named,
 * without an account, or anonymous), a note with its consents, the actions taken on them and the formal complaint
 * it can become. The reporter's own page, "My conversations with the counsellor", where they give and withdraw each
 * consent themselves (never the note's text). HQ safety's and the administrator's read trail of the notes.
 * What each person sees is what incident-service answers them: a note the service refuses is a 404 page here.
 */
@Path("/counsel")
@Produces(MediaType.TEXT_HTML)
public class CounselPages {
    static final List<String> PURPOSES = List.of("investigate", "mediate", "formal-complaint", "police-report");
    static final List<String> HOW = List.of("in-person", "phone", "in-writing");
    static final int PAGE_SIZE = 25;

    @CheckedTemplate(basePath = "counsel")
    static class Templates {
        static native TemplateInstance notes(Page page, List<NoteRow> rows, String next, boolean more);

        static native TemplateInstance newNote(Page page, NoteForm form, Map<String, String> errors);

        static native TemplateInstance note(Page page, NoteView note, List<ConsentView> consents,
                                            List<ActionView> actions, List<Option> purposes, List<Option> how,
                                            List<Option> actionPurposes, Map<String, String> errors, String done,
                                            ActionForm action, ComplaintForm complaint);

        static native TemplateInstance mine(Page page, List<MyNote> notes, String done, String error);

        static native TemplateInstance reads(Page page, List<ReadRow> rows, String next, boolean more);
    }

    public record NoteRow(String id, String reporter, boolean anonymous, boolean withoutAccount, String writtenAt,
                          List<String> consents, String actions) {
    }

    public record NoteForm(String kind, String reporter, String text) {
    }

    public record ActionForm(String purpose, String description) {
    }

    public record ComplaintForm(String accused, String complaint) {
    }

    public record NoteView(String id, String reporter, boolean anonymous, boolean reporterHasAccount, String text,
                           String writtenAt, boolean counsellorRecordsConsent, boolean mayFileComplaint) {
    }

    public record ConsentView(String purpose, String purposeLabel, String given, String how, String recordedBy,
                              String withdrawn, boolean inForce) {
    }

    public record ActionView(String purposeLabel, String description, String takenAt) {
    }

    /** One purpose on the reporter's page: what it means, and whether their consent is in force. */
    public record MyPurpose(String purpose, String label, String meaning, boolean inForce, String since) {
    }

    public record MyNote(String id, String counsellor, String writtenAt, List<MyPurpose> purposes) {
    }

    public record ReadRow(String noteId, String reader, String at, boolean granted) {
    }

    @Inject
    PageContext context;

    @Inject
    ProblemPages problems;

    @Inject
    Dates dates;

    @RestClient
    CounsellorNotes service;

    CounselMessages messages() {
        return MessageBundles.get(CounselMessages.class, Localized.Literal.of(context.lang()));
    }

    // ---- the counsellor ------------------------------------------------------------------------------------

    @GET
    @RolesAllowed("counsellor")
    public Response notes(@QueryParam("cursor") String cursor) {
        JsonNode page;
        try {
            page = service.own(PAGE_SIZE, blank(cursor) ? null : cursor);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<NoteRow> rows = new ArrayList<>();
        for (JsonNode n : page.path("items")) {
            List<String> consents = new ArrayList<>();
            n.path("consentsInForce").forEach(p -> consents.add(purpose(p.asText())));
            rows.add(new NoteRow(n.path("id").asText(), text(n, "reporter"), n.path("anonymous").asBoolean(),
                    !n.path("reporterHasAccount").asBoolean(true), at(text(n, "writtenAt")), consents,
                    String.valueOf(n.path("actions").asInt())));
        }
        String next = text(page, "next");
        return Response.ok(context.localized(Templates.notes(context.page(), rows,
                next == null ? null : URLEncoder.encode(next, StandardCharsets.UTF_8), next != null))).build();
    }

    @GET
    @Path("new")
    @RolesAllowed("counsellor")
    public Response newNote() {
        return Response.ok(context.localized(Templates.newNote(context.page(), new NoteForm("account", null, null),
                Map.of()))).build();
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("counsellor")
    public Response write(@FormParam("kind") String kind, @FormParam("reporter") String reporter,
                          @FormParam("text") String text) {
        NoteForm form = new NoteForm(kind, reporter, text);
        CounselMessages m = messages();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!List.of("account", "no-account", "anonymous").contains(kind == null ? "" : kind)) {
            errors.put("kind", m.field_required());
        } else if (!"anonymous".equals(kind) && blank(reporter)) {
            errors.put("reporter", m.new_reporter_required());
        }
        if (blank(text)) {
            errors.put("text", m.field_required());
        }
        if (!errors.isEmpty()) {
            return newNotePage(form, errors);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (!"anonymous".equals(kind)) {
            body.put("reporter", reporter.strip());
            body.put("reporterHasAccount", "account".equals(kind));
        }
        body.put("text", text.strip());
        JsonNode note;
        try {
            note = service.write(body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422) {
                refusal.fields().keySet().forEach(f -> errors.put("reporter".equals(f) ? "reporter" : "text",
                        m.field_invalid()));
                if (errors.isEmpty()) {
                    errors.put("text", m.field_invalid());
                }
                return newNotePage(form, errors);
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/counsel/notes/" + note.path("id").asText() + "?done=written")).build();
    }

    private Response newNotePage(NoteForm form, Map<String, String> errors) {
        return Response.status(422).entity(context.localized(Templates.newNote(context.page(), form, errors)))
                .build();
    }

    /** Open to every staff-side person: the service decides, audits the attempt, and answers 404 to all but the author. */
    @GET
    @Path("notes/{id}")
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
            "complaint-handler", "admin"})
    public Response note(@PathParam("id") UUID id, @QueryParam("done") String done) {
        CounselMessages m = messages();
        String doneText = switch (done == null ? "" : done) {
            case "written" -> m.done_written();
            case "consent" -> m.done_consent();
            case "action" -> m.done_action();
            default -> done != null && done.startsWith("filed:") ? m.done_filed(done.substring(6)) : null;
        };
        return notePage(id, Map.of(), doneText, new ActionForm(null, null), new ComplaintForm(null, null), 200);
    }

    @POST
    @Path("notes/{id}/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("counsellor")
    public Response recordConsent(@PathParam("id") UUID id, @FormParam("purpose") String purpose,
                                  @FormParam("how") String how) {
        CounselMessages m = messages();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!PURPOSES.contains(purpose == null ? "" : purpose)) {
            errors.put("consent-purpose", m.field_required());
        }
        if (!HOW.contains(how == null ? "" : how)) {
            errors.put("consent-how", m.consent_how_required());
        }
        if (errors.isEmpty()) {
            try {
                service.recordConsent(id.toString(), Map.of("purpose", purpose, "how", how));
                return Response.seeOther(URI.create("/counsel/notes/" + id + "?done=consent")).build();
            } catch (WebApplicationException e) {
                ServiceRefusal refusal = ServiceRefusal.of(e);
                if (refusal.status() == 403) {
                    errors.put("consent-purpose", m.consent_own_account());
                } else if (refusal.status() == 400 || refusal.status() == 422) {
                    errors.put("consent-purpose", m.field_invalid());
                } else {
                    return problems.refusal(refusal);
                }
            }
        }
        return notePage(id, errors, null, new ActionForm(null, null), new ComplaintForm(null, null), 422);
    }

    @POST
    @Path("notes/{id}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("counsellor")
    public Response act(@PathParam("id") UUID id, @FormParam("purpose") String purpose,
                        @FormParam("description") String description) {
        CounselMessages m = messages();
        ActionForm form = new ActionForm(purpose, description);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!PURPOSES.contains(purpose == null ? "" : purpose)) {
            errors.put("action-purpose", m.field_required());
        }
        if (blank(description)) {
            errors.put("action-description", m.field_required());
        }
        if (errors.isEmpty()) {
            try {
                service.act(id.toString(), Map.of("purpose", purpose, "description", description.strip()));
                return Response.seeOther(URI.create("/counsel/notes/" + id + "?done=action")).build();
            } catch (WebApplicationException e) {
                ServiceRefusal refusal = ServiceRefusal.of(e);
                if (refusal.status() == 422) {
                    // seed 004: no action without the employee's consent in force.
                    errors.put("action-purpose", m.action_no_consent(purpose(purpose)));
                } else if (refusal.status() == 400) {
                    errors.put("action-description", m.field_invalid());
                } else {
                    return problems.refusal(refusal);
                }
            }
        }
        return notePage(id, errors, null, form, new ComplaintForm(null, null), 422);
    }

    @POST
    @Path("notes/{id}/complaint")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("counsellor")
    public Response fileComplaint(@PathParam("id") UUID id, @FormParam("accused") String accused,
                                  @FormParam("complaint") String complaint) {
        CounselMessages m = messages();
        ComplaintForm form = new ComplaintForm(accused, complaint);
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(accused)) {
            errors.put("accused", m.field_required());
        }
        if (blank(complaint)) {
            errors.put("complaint", m.field_required());
        }
        if (errors.isEmpty()) {
            try {
                JsonNode filed = service.fileComplaint(Map.of("counsellorNoteId", id.toString(),
                        "accused", accused.strip(), "complaint", complaint.strip()));
                String reference = filed.path("reference").asText(filed.path("id").asText());
                return Response.seeOther(URI.create("/counsel/notes/" + id + "?done="
                        + URLEncoder.encode("filed:" + reference, StandardCharsets.UTF_8))).build();
            } catch (WebApplicationException e) {
                ServiceRefusal refusal = ServiceRefusal.of(e);
                if (refusal.status() == 400 || refusal.status() == 422) {
                    errors.put(refusal.fields().containsKey("accused") ? "accused" : "complaint",
                            refusal.fields().isEmpty() ? m.complaint_refused() : m.field_invalid());
                } else {
                    return problems.refusal(refusal);
                }
            }
        }
        return notePage(id, errors, null, new ActionForm(null, null), form, 422);
    }

    private Response notePage(UUID id, Map<String, String> errors, String done, ActionForm action,
                              ComplaintForm complaint, int status) {
        JsonNode n;
        try {
            n = service.note(id.toString());
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        boolean anonymous = n.path("anonymous").asBoolean();
        boolean hasAccount = n.path("reporterHasAccount").asBoolean(true);
        List<ConsentView> consents = new ArrayList<>();
        boolean formalConsent = false;
        for (JsonNode c : n.path("consents")) {
            boolean inForce = c.path("withdrawnAt").isNull() || c.path("withdrawnAt").isMissingNode();
            String purpose = c.path("purpose").asText();
            formalConsent |= inForce && "formal-complaint".equals(purpose);
            consents.add(new ConsentView(purpose, purpose(purpose), at(text(c, "givenAt")), how(text(c, "how")),
                    text(c, "recordedBy"), at(text(c, "withdrawnAt")), inForce));
        }
        List<ActionView> actions = new ArrayList<>();
        for (JsonNode a : n.path("actions")) {
            actions.add(new ActionView(purpose(a.path("purpose").asText()), text(a, "description"),
                    at(text(a, "takenAt"))));
        }
        NoteView view = new NoteView(id.toString(), text(n, "reporter"), anonymous, hasAccount, text(n, "text"),
                at(text(n, "writtenAt")), anonymous || !hasAccount, formalConsent && !anonymous);
        return Response.status(status).entity(context.localized(Templates.note(context.page(), view, consents,
                actions, options(PURPOSES, null, this::purpose), options(HOW, null, this::how),
                options(PURPOSES, action.purpose(), this::purpose), errors, done, action, complaint))).build();
    }

    // ---- the reporter --------------------------------------------------------------------------------------

    @GET
    @Path("mine")
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
            "complaint-handler", "admin"})
    public Response mine(@QueryParam("done") String done) {
        CounselMessages m = messages();
        String doneText = "given".equals(done) ? m.mine_done_given() : "withdrawn".equals(done)
                ? m.mine_done_withdrawn() : null;
        return minePage(doneText, null, 200);
    }

    @POST
    @Path("mine/{id}/give")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
            "complaint-handler", "admin"})
    public Response give(@PathParam("id") UUID id, @FormParam("purpose") String purpose) {
        if (!PURPOSES.contains(purpose == null ? "" : purpose)) {
            return minePage(null, messages().field_invalid(), 422);
        }
        try {
            service.give(id.toString(), Map.of("purpose", purpose));
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        return Response.seeOther(URI.create("/counsel/mine?done=given")).build();
    }

    @POST
    @Path("mine/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
            "complaint-handler", "admin"})
    public Response withdraw(@PathParam("id") UUID id, @FormParam("purpose") String purpose) {
        if (!PURPOSES.contains(purpose == null ? "" : purpose)) {
            return minePage(null, messages().field_invalid(), 422);
        }
        try {
            service.withdraw(id.toString(), purpose);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        return Response.seeOther(URI.create("/counsel/mine?done=withdrawn")).build();
    }

    private Response minePage(String done, String error, int status) {
        JsonNode notes;
        try {
            notes = service.mine();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<MyNote> mine = new ArrayList<>();
        for (JsonNode n : notes) {
            List<MyPurpose> purposes = new ArrayList<>();
            for (String p : PURPOSES) {
                String since = null;
                for (JsonNode c : n.path("consents")) {
                    boolean inForce = c.path("withdrawnAt").isNull() || c.path("withdrawnAt").isMissingNode();
                    if (p.equals(c.path("purpose").asText()) && inForce) {
                        since = at(text(c, "givenAt"));
                    }
                }
                purposes.add(new MyPurpose(p, purpose(p), meaning(p), since != null, since));
            }
            mine.add(new MyNote(n.path("id").asText(), text(n, "counsellor"), at(text(n, "writtenAt")), purposes));
        }
        return Response.status(status).entity(context.localized(Templates.mine(context.page(), mine, done, error)))
                .build();
    }

    // ---- HQ safety, admin ------------------------------------------------------------------------------------

    /** Lines of the read trail on one page; older ones a page further ("Older attempts"). */
    static final int TRAIL_PAGE = 100;

    @GET
    @Path("reads")
    @RolesAllowed({"hq-safety", "admin"})
    public Response reads(@QueryParam("cursor") String cursor) {
        JsonNode trail;
        try {
            trail = service.reads(TRAIL_PAGE, blank(cursor) ? null : cursor);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<ReadRow> rows = new ArrayList<>();
        for (JsonNode r : trail.path("items")) {
            rows.add(new ReadRow(r.path("noteId").asText(), text(r, "reader"), at(text(r, "attemptedAt")),
                    r.path("granted").asBoolean()));
        }
        String next = text(trail, "next");
        return Response.ok(context.localized(Templates.reads(context.page(), rows,
                next == null ? null : URLEncoder.encode(next, StandardCharsets.UTF_8), next != null))).build();
    }

    // ---- texts -------------------------------------------------------------------------------------------------

    String purpose(String code) {
        CounselMessages m = messages();
        return switch (code == null ? "" : code) {
            case "investigate" -> m.purpose_investigate();
            case "mediate" -> m.purpose_mediate();
            case "formal-complaint" -> m.purpose_formal_complaint();
            case "police-report" -> m.purpose_police_report();
            default -> code;
        };
    }

    String meaning(String code) {
        CounselMessages m = messages();
        return switch (code) {
            case "investigate" -> m.meaning_investigate();
            case "mediate" -> m.meaning_mediate();
            case "formal-complaint" -> m.meaning_formal_complaint();
            case "police-report" -> m.meaning_police_report();
            default -> code;
        };
    }

    String how(String code) {
        if (code == null) {
            return null;
        }
        CounselMessages m = messages();
        return switch (code) {
            case "in-person" -> m.how_in_person();
            case "phone" -> m.how_phone();
            case "in-writing" -> m.how_in_writing();
            case "own-account" -> m.how_own_account();
            default -> code;
        };
    }

    private static List<Option> options(List<String> codes, String selected,
                                        java.util.function.Function<String, String> label) {
        return codes.stream().map(c -> new Option(c, label.apply(c), c.equals(selected))).toList();
    }

    /** An instant from the service on the chain's clock (the procedure belongs to no single site). */
    private String at(String instant) {
        if (instant == null) {
            return null;
        }
        try {
            return dates.dateTime(Instant.parse(instant), null, context.locale());
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
