package io.frontline.web.prevention;

import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.CounsellorNotes;
import io.frontline.web.services.PreventionService;
import io.frontline.web.services.PreventionService.Consultation;
import io.frontline.web.services.PreventionService.Contact;
import io.frontline.web.services.PreventionService.Desk;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The consultation desk (seeds 000, 003, 004): per site whom to consult first, the counsellors with their contact
 * details and prepared answers, the committee's confidential address, lawyer and outside bodies. An employee consults
 * the first contact or a counsellor; only the two of them read it. The consultation becomes an incident report
 * (the report form, pre-filled) or, for the counsellor who received it, a counsellor note — without retyping.
 */
@Path("/prevention")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
        "complaint-handler", "admin"})
public class DeskPages {
    static final List<String> REPORT_TYPES = List.of("verbal-abuse", "threat", "physical-violence",
            "sexual-harassment", "unreasonable-demand", "excessive-contact", "discrimination", "online-defamation",
            "stalking", "property-damage", "other");

    @CheckedTemplate(basePath = "prevention")
    static class Templates {
        static native TemplateInstance desk(Page page, List<DeskView> desks, List<Option> sites, List<Option> people,
                                            ConsultForm form, Map<String, String> errors, boolean mayEdit);

        static native TemplateInstance consultations(Page page, List<ConsultationRow> rows);

        static native TemplateInstance consultation(Page page, ConsultationView c, List<Option> types, String done,
                                                    String error);

        static native TemplateInstance deskEdit(Page page, String site, String siteName, List<Slot> slots,
                                                String error);
    }

    public record ContactView(String kind, String name, String phone, String email, String address, String note,
                              boolean inApp) {
    }

    public record DeskView(String site, String siteName, ContactView firstContact, List<ContactView> counsellors,
                           ContactView committee, List<ContactView> outside, boolean staffed, boolean own) {
    }

    public record ConsultForm(String site, String deskPerson, String subject, String text, String occurredAt) {
    }

    public record ConsultationRow(String id, String subject, String siteName, String with, String when,
                                  boolean mine) {
    }

    public record ConsultationView(String id, String site, String siteName, String subject, String text,
                                   String employee, String deskPerson, String occurredAt, String createdAt,
                                   boolean mine, boolean mayReport, boolean mayNote, String draftOccurredAt,
                                   String draftDescription) {
    }

    /** One contact of the desk form: a fixed slot (first contact, counsellors, committee, outside contacts). */
    public record Slot(String id, String kind, String label, Contact contact) {
        public Slot {
            contact = contact != null ? contact : new Contact(kind, null, null, null, null, null, null);
        }
    }

    @Inject
    PageContext context;

    @Inject
    Prevention prevention;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @RestClient
    PreventionService service;

    @RestClient
    CounsellorNotes notes;

    @GET
    @Path("desk")
    public Response desk() {
        return deskPage(new ConsultForm(single(prevention.ownSites()), null, null, null, null), Map.of(), 200);
    }

    @POST
    @Path("consultations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consult(@FormParam("site") String site, @FormParam("deskPerson") String deskPerson,
                            @FormParam("subject") String subject, @FormParam("text") String text,
                            @FormParam("occurredAt") String occurredAt) {
        ConsultForm form = new ConsultForm(site, deskPerson, subject, text, occurredAt);
        PreventionMessages m = prevention.messages();
        Map<String, String> errors = new LinkedHashMap<>();
        if (Prevention.blank(site)) {
            errors.put("site", m.field_required());
        }
        if (Prevention.blank(deskPerson)) {
            errors.put("deskPerson", m.field_required());
        }
        if (Prevention.blank(text)) {
            errors.put("text", m.field_required());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (errors.isEmpty()) {
            body.put("site", site);
            body.put("deskPerson", deskPerson);
            body.put("subject", Prevention.blank(subject) ? null : subject.strip());
            body.put("text", text.strip());
            if (!Prevention.blank(occurredAt)) {
                try {
                    body.put("occurredAt", LocalDateTime.parse(occurredAt).atZone(dates.zoneOf(site)).toInstant()
                            .toString());
                } catch (DateTimeParseException e) {
                    errors.put("occurredAt", m.field_invalid());
                }
            }
        }
        if (!errors.isEmpty()) {
            return deskPage(form, errors, 422);
        }
        Consultation made;
        try {
            made = service.consult(body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422 || refusal.status() == 404) {
                refusal.fields().keySet().forEach(f -> errors.put(f, m.field_invalid()));
                if (errors.isEmpty()) {
                    errors.put("deskPerson", m.field_invalid());
                }
                return deskPage(form, errors, 422);
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/consultations/" + made.id() + "?done=sent")).build();
    }

    @GET
    @Path("consultations")
    public Response consultations() {
        List<Consultation> mine;
        try {
            mine = service.consultations();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        String me = prevention.userId();
        List<ConsultationRow> rows = mine.stream().map(c -> new ConsultationRow(c.id(),
                Prevention.blank(c.subject()) ? prevention.messages().consultation_no_subject() : c.subject(),
                prevention.siteName(c.site()), me.equals(c.employee()) ? c.deskPerson() : c.employee(),
                prevention.at(c.createdAt(), c.site()), me.equals(c.employee()))).toList();
        return Response.ok(context.localized(Templates.consultations(context.page(), rows))).build();
    }

    @GET
    @Path("consultations/{id}")
    public Response consultation(@PathParam("id") UUID id, @QueryParam("done") String done) {
        PreventionMessages m = prevention.messages();
        String doneText = "sent".equals(done) ? m.consultation_sent() : "noted".equals(done) ? m.consultation_noted()
                : null;
        return showConsultation(id, doneText, null, 200);
    }

    @POST
    @Path("consultations/{id}/counsellor-note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("counsellor")
    public Response counsellorNote(@PathParam("id") UUID id) {
        Consultation c;
        try {
            c = service.consultation(id.toString());
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        if (!prevention.userId().equals(c.deskPerson())) {
            return problems.refusal(new ServiceRefusal(404, Map.of(), 0));
        }
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("reporter", c.employee());
        note.put("reporterHasAccount", true);
        note.put("text", (Prevention.blank(c.subject()) ? "" : c.subject() + "\n\n") + c.text());
        try {
            notes.write(note);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422 || refusal.status() == 403) {
                return showConsultation(id, null, prevention.messages().refused_invalid(), 422);
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/consultations/" + id + "?done=noted")).build();
    }

    @GET
    @Path("desk/{site}/edit")
    @RolesAllowed({"site-manager", "hq-safety", "hr", "admin"})
    public Response editDesk(@PathParam("site") String site) {
        if (!mayEdit(site)) {
            return problems.refusal(new ServiceRefusal(404, Map.of(), 0));
        }
        Desk desk = null;
        try {
            desk = service.desks().stream().filter(d -> site.equals(d.site())).findFirst().orElse(null);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        return Response.ok(context.localized(Templates.deskEdit(context.page(), site, prevention.siteName(site),
                slots(desk), null))).build();
    }

    @POST
    @Path("desk/{site}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"site-manager", "hq-safety", "hr", "admin"})
    public Response saveDesk(@PathParam("site") String site, @jakarta.ws.rs.BeanParam DeskForm deskForm) {
        if (!mayEdit(site)) {
            return problems.refusal(new ServiceRefusal(404, Map.of(), 0));
        }
        Map<String, String> form = deskForm.values();
        List<Slot> slots = new ArrayList<>();
        for (Slot empty : slots(null)) {
            String p = empty.id() + ".";
            Contact c = new Contact(empty.kind(), value(form, p + "name"), value(form, p + "userId"),
                    value(form, p + "phone"), value(form, p + "email"), value(form, p + "address"),
                    value(form, p + "note"));
            slots.add(new Slot(empty.id(), empty.kind(), empty.label(), c));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        List<Map<String, Object>> counsellors = new ArrayList<>();
        List<Map<String, Object>> outside = new ArrayList<>();
        for (Slot s : slots) {
            if (s.contact().name() == null) {
                continue;
            }
            Map<String, Object> c = contact(s.contact());
            switch (s.id()) {
                case "first" -> body.put("firstContact", c);
                case "committee" -> body.put("committee", c);
                default -> (s.id().startsWith("counsellor") ? counsellors : outside).add(c);
            }
        }
        body.put("counsellors", counsellors);
        body.put("outsideContacts", outside);
        try {
            service.saveDesk(site, body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422) {
                String error = refusal.fields().containsKey("firstContact") ? prevention.messages().desk_first_needed()
                        : prevention.messages().refused_invalid();
                return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(
                        Templates.deskEdit(context.page(), site, prevention.siteName(site), slots, error))).build();
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/desk#desk-" + site)).build();
    }

    private boolean mayEdit(String site) {
        return prevention.chainWide() || (prevention.has("site-manager") && prevention.ownSites().contains(site));
    }

    private List<Slot> slots(Desk desk) {
        PreventionMessages m = prevention.messages();
        List<Contact> counsellors = desk == null || desk.counsellors() == null ? List.of() : desk.counsellors();
        List<Contact> outside = desk == null || desk.outsideContacts() == null ? List.of() : desk.outsideContacts();
        return List.of(
                new Slot("first", "first-contact", m.desk_first_contact(), desk == null ? null : desk.firstContact()),
                new Slot("counsellor1", "internal-counsellor", m.desk_counsellor_internal(), at(counsellors, 0)),
                new Slot("counsellor2", "external-counsellor", m.desk_counsellor_external(), at(counsellors, 1)),
                new Slot("committee", "committee", m.desk_committee(), desk == null ? null : desk.committee()),
                new Slot("outside1", "lawyer", m.desk_lawyer(), at(outside, 0)),
                new Slot("outside2", "police-liaison", m.desk_police(), at(outside, 1)));
    }

    private static Contact at(List<Contact> contacts, int i) {
        return contacts.size() > i ? contacts.get(i) : null;
    }

    private static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("name", c.name());
        m.put("userId", c.userId());
        m.put("phone", c.phone());
        m.put("email", c.email());
        m.put("address", c.address());
        m.put("note", c.note());
        return m;
    }

    private static String value(Map<String, String> form, String key) {
        String v = form.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private Response showConsultation(UUID id, String done, String error, int status) {
        Consultation c;
        try {
            c = service.consultation(id.toString());
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        String me = prevention.userId();
        boolean mine = me.equals(c.employee());
        boolean mayReport = mine && prevention.has("staff", "site-manager", "regional-manager", "hq-safety");
        boolean mayNote = me.equals(c.deskPerson()) && prevention.has("counsellor");
        String draftAt = null;
        if (c.asIncidentReport() != null && c.asIncidentReport().occurredAt() != null) {
            draftAt = LocalDateTime.ofInstant(Instant.parse(c.asIncidentReport().occurredAt()),
                    dates.zoneOf(c.site())).truncatedTo(ChronoUnit.MINUTES).toString();
        }
        ConsultationView view = new ConsultationView(c.id(), c.site(), prevention.siteName(c.site()), c.subject(),
                c.text(), c.employee(), c.deskPerson(), prevention.at(c.occurredAt(), c.site()),
                prevention.at(c.createdAt(), c.site()), mine, mayReport, mayNote, draftAt,
                c.asIncidentReport() == null ? c.text() : c.asIncidentReport().description());
        List<Option> types = REPORT_TYPES.stream().map(t -> new Option(t, prevention.label("type_", t), false))
                .toList();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(
                Templates.consultation(context.page(), view, types, done, error))).build();
    }

    private Response deskPage(ConsultForm form, Map<String, String> errors, int status) {
        List<Desk> desks;
        try {
            desks = service.desks();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<String> own = prevention.ownSites();
        List<DeskView> views = new ArrayList<>();
        List<Option> people = new ArrayList<>();
        String me = prevention.userId();
        for (Desk d : desks) {
            boolean isOwn = own.contains(d.site());
            if (!isOwn && !prevention.chainWide() && !prevention.visibleSites().contains(d.site())) {
                continue;
            }
            views.add(new DeskView(d.site(), prevention.siteName(d.site()), view(d.firstContact()),
                    d.counsellors() == null ? List.of() : d.counsellors().stream().map(this::view).toList(),
                    view(d.committee()),
                    d.outsideContacts() == null ? List.of() : d.outsideContacts().stream().map(this::view).toList(),
                    d.staffed(), isOwn));
            if (isOwn || own.isEmpty()) {
                List<Contact> reachable = new ArrayList<>();
                if (d.firstContact() != null) {
                    reachable.add(d.firstContact());
                }
                if (d.counsellors() != null) {
                    reachable.addAll(d.counsellors());
                }
                for (Contact c : reachable) {
                    if (c.userId() != null && !c.userId().equals(me)) {
                        people.add(new Option(c.userId(), c.name() + " · " + prevention.label("contact_", c.kind())
                                + " · " + prevention.siteName(d.site()), c.userId().equals(form.deskPerson())));
                    }
                }
            }
        }
        views.sort((a, b) -> Boolean.compare(b.own(), a.own()));
        List<String> sites = own.isEmpty() ? prevention.visibleSites() : own;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(Templates.desk(
                context.page(), views, prevention.siteOptions(sites, form.site()), people, form, errors,
                prevention.has("site-manager", "hq-safety", "hr", "admin")))).build();
    }

    private ContactView view(Contact c) {
        return c == null ? null : new ContactView(prevention.label("contact_", c.kind()), c.name(), c.phone(),
                c.email(), c.address(), c.note(), c.userId() != null);
    }

    private static String single(List<String> sites) {
        return sites.size() == 1 ? sites.get(0) : null;
    }
}
