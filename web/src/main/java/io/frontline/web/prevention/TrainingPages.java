package io.frontline.web.prevention;

import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.services.PreventionService;
import io.frontline.web.services.PreventionService.Course;
import io.frontline.web.services.PreventionService.TrainingState;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training (seed 000: regular training for customer-facing staff and for the supervisors who take consultations):
 * a manager sees who at their site is current, due or overdue per course and records a session with who attended;
 * every employee sees their own due dates. The dates and states are prevention-service's.
 */
@Path("/prevention/training")
@Produces(MediaType.TEXT_HTML)
public class TrainingPages {
    @CheckedTemplate(basePath = "prevention")
    static class Templates {
        static native TemplateInstance training(Page page, List<Option> sites, List<Option> courses, String site,
                                                List<StateRow> rows, List<Option> people, SessionForm form,
                                                Map<String, String> errors, String done, int overdue);

        static native TemplateInstance myTraining(Page page, List<StateRow> rows);
    }

    public record StateRow(String course, String audience, String userId, String name, String siteName,
                           String lastAttended, String dueOn, String status, String statusLabel) {
    }

    public record SessionForm(String course, String heldOn, String trainer, List<String> attendees) {
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
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety", "hr", "admin"})
    public Response training(@QueryParam("site") String site, @QueryParam("done") String done) {
        return page(site, new SessionForm(null, prevention.today().toString(), null, List.of()), Map.of(),
                "recorded".equals(done) ? prevention.messages().training_recorded() : null, 200);
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety", "hr", "admin"})
    public Response record(@FormParam("site") String site, @FormParam("course") String course,
                           @FormParam("heldOn") String heldOn, @FormParam("trainer") String trainer,
                           @FormParam("attendee") List<String> attendees) {
        SessionForm form = new SessionForm(course, heldOn, trainer, attendees == null ? List.of() : attendees);
        PreventionMessages m = prevention.messages();
        Map<String, String> errors = new LinkedHashMap<>();
        if (Prevention.blank(site)) {
            errors.put("site", m.field_required());
        }
        if (Prevention.blank(course)) {
            errors.put("course", m.field_required());
        }
        if (Prevention.blank(heldOn)) {
            errors.put("heldOn", m.field_required());
        }
        if (form.attendees().isEmpty()) {
            errors.put("attendees", m.training_choose_attendees());
        }
        if (!errors.isEmpty()) {
            return page(site, form, errors, null, 422);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("site", site);
        body.put("heldOn", heldOn);
        body.put("trainer", Prevention.blank(trainer) ? null : trainer.strip());
        body.put("attendees", form.attendees());
        try {
            service.recordSession(course, body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422 || refusal.status() == 404) {
                refusal.fields().keySet().forEach(f -> errors.put(f, m.field_invalid()));
                if (errors.isEmpty()) {
                    errors.put("course", m.field_invalid());
                }
                return page(site, form, errors, null, 422);
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/training?site="
                + URLEncoder.encode(site, StandardCharsets.UTF_8) + "&done=recorded")).build();
    }

    @GET
    @Path("mine")
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
            "complaint-handler", "admin"})
    public Response mine() {
        try {
            List<StateRow> rows = service.myTraining().stream().map(this::row).toList();
            return Response.ok(context.localized(Templates.myTraining(context.page(), rows))).build();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
    }

    private Response page(String site, SessionForm form, Map<String, String> errors, String done, int status) {
        List<String> sites = prevention.visibleSites();
        String current = site != null && sites.contains(site) ? site : sites.isEmpty() ? null : sites.get(0);
        List<Course> courses;
        List<TrainingState> states;
        try {
            courses = service.courses();
            states = current == null ? List.of() : service.training(current, null);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<StateRow> rows = states.stream().map(this::row).toList();
        Map<String, String> people = new LinkedHashMap<>();
        states.forEach(s -> people.putIfAbsent(s.userId(), s.name()));
        List<Option> attendees = new ArrayList<>();
        people.forEach((id, name) -> attendees.add(new Option(id, name, form.attendees().contains(id))));
        List<Option> courseOptions = courses.stream().map(c -> new Option(c.id(), c.name() + " · "
                + prevention.label("audience_", c.audience()) + " · " + c.refreshInterval(),
                c.id().equals(form.course()))).toList();
        int overdue = (int) states.stream().filter(s -> "overdue".equals(s.status())).count();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(Templates.training(
                context.page(), prevention.siteOptions(sites, current), courseOptions, current, rows, attendees, form,
                errors, done, overdue))).build();
    }

    private StateRow row(TrainingState s) {
        return new StateRow(s.course(), prevention.label("audience_", s.audience()), s.userId(), s.name(),
                prevention.siteName(s.site()), prevention.day(s.lastAttended()), prevention.day(s.dueOn()), s.status(),
                prevention.label("status_", s.status()));
    }
}
