package io.frontline.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.services.Administration;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The directory of people who receive notifications (issue 14, "Administration"): a searchable list with each
 * person's status, a form to add or change a person, and deactivation. notification-service keeps the directory and
 * its rules; this page sends what the administrator typed and shows the service's refusals next to the fields.
 */
@Path("/admin/directory")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class DirectoryPages {
    /** The roles a person of the directory may hold (notification-service's list). */
    static final List<String> ROLES = List.of("staff", "site-manager", "regional-manager", "hq-safety", "hr",
            "counsellor", "committee", "complaint-handler", "admin");
    /** The status filter's choice of the people critical news would page by SMS who have no mobile number (issue 15). */
    static final String NO_MOBILE = "no-mobile";
    static final List<String> STATUSES = List.of("all", "active", "inactive", NO_MOBILE);
    static final List<String> DONE = List.of("added", "changed", "deactivated", "reactivated");

    /** One person of the list; {@code noMobile}: critical news would page them by SMS, but they have no number. */
    public record Row(String id, String name, String email, String roles, boolean active, String deactivatedAt,
                      boolean noMobile) {
    }

    public record Check(String value, String label, boolean checked) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance directory(Page page, String q, List<Option> statuses, List<Row> rows,
                                                 String done, String doneId, String error, int noMobile);

        static native TemplateInstance person(Page page, boolean adding, PersonForm form, Map<String, String> errors,
                                              List<Check> roles, List<Check> sites, List<Check> regions,
                                              List<Option> languages, boolean active);
    }

    @Inject
    PageContext context;

    @Inject
    ProblemPages problems;

    @Inject
    Organisation organisation;

    @RestClient
    Administration administration;

    AdminMessages messages() {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(context.lang()));
    }

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("status") String status,
                         @QueryParam("done") String done, @QueryParam("id") String doneId,
                         @QueryParam("error") String error) {
        // List.of(...).contains(null) throws: guard the optional parameters
        String shown = status != null && STATUSES.contains(status) ? status : "all";
        String search = q == null ? "" : q.strip();
        if (search.length() > 100) {
            search = search.substring(0, 100);
        }
        JsonNode roster;
        int noMobile;
        try {
            roster = administration.roster(search.isEmpty() ? null : search,
                    switch (shown) {
                        case "active" -> Boolean.TRUE;
                        case "inactive" -> Boolean.FALSE;
                        default -> null;
                    }, NO_MOBILE.equals(shown) ? "missing" : null);
            // the count at the top is of the whole directory: the list shown is it only when nothing narrows it
            noMobile = search.isEmpty() && ("all".equals(shown) || NO_MOBILE.equals(shown))
                    ? noMobile(roster) : noMobile(administration.roster(null, null, "missing"));
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        AdminMessages m = messages();
        List<Row> rows = new ArrayList<>();
        for (JsonNode entry : roster) {
            JsonNode p = entry.path("person");
            List<String> roles = new ArrayList<>();
            p.path("roles").forEach(r -> roles.add(roleLabel(r.asText(), m)));
            rows.add(new Row(p.path("id").asText(), p.path("name").asText(), p.path("email").asText(),
                    String.join(", ", roles), entry.path("active").asBoolean(true),
                    entry.hasNonNull("deactivatedAt") ? entry.path("deactivatedAt").asText().substring(0, 10) : null,
                    cannotBePaged(p)));
        }
        List<Option> statuses = STATUSES.stream().map(s -> new Option(s, switch (s) {
            case "active" -> m.status_active();
            case "inactive" -> m.status_inactive();
            case NO_MOBILE -> m.status_no_mobile();
            default -> m.status_all();
        }, s.equals(shown))).toList();
        String message = done != null && DONE.contains(done) ? done : null;
        String refused = "self".equals(error) || "refused".equals(error) ? error : null;
        return Response.ok(context.localized(Templates.directory(context.page(), search, statuses, rows, message,
                doneId, refused, noMobile))).header("Cache-Control", "no-store").build();
    }

    /** Critical news would page the person by SMS (the service derives it from its routing and escalation), but they have no number. */
    static boolean cannotBePaged(JsonNode person) {
        JsonNode paging = person.path("smsPaging");
        return paging.path("needed").asBoolean(false) && !paging.path("reachable").asBoolean(true);
    }

    private static int noMobile(JsonNode roster) {
        int count = 0;
        for (JsonNode entry : roster) {
            if (cannotBePaged(entry.path("person"))) {
                count++;
            }
        }
        return count;
    }

    @GET
    @Path("new")
    public Response addForm() {
        return form(true, PersonForm.empty(), Map.of(), true, 200);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("id") String id, @FormParam("name") String name, @FormParam("email") String email,
                        @FormParam("language") String language, @FormParam("timeZone") String timeZone,
                        @FormParam("quietStart") String quietStart, @FormParam("quietEnd") String quietEnd,
                        @FormParam("roles") List<String> roles, @FormParam("sites") List<String> sites,
                        @FormParam("regions") List<String> regions, @FormParam("mobile") String mobile,
                        @FormParam("webhookUrl") String webhookUrl) {
        PersonForm form = new PersonForm(id, name, email, language, timeZone, quietStart, quietEnd, roles, sites,
                regions, mobile, webhookUrl);
        try {
            administration.add(form.body());
        } catch (WebApplicationException e) {
            return refused(true, form, ServiceRefusal.of(e), true);
        }
        return Response.seeOther(URI.create("/admin/directory?done=added&id=" + encode(form.id().strip()))).build();
    }

    @GET
    @Path("people/{id}")
    public Response changeForm(@PathParam("id") String id) {
        JsonNode person;
        boolean active;
        try {
            person = administration.person(id);
            active = isActive(id);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        return form(false, PersonForm.of(person), Map.of(), active, 200);
    }

    @POST
    @Path("people/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, @FormParam("name") String name,
                           @FormParam("email") String email, @FormParam("language") String language,
                           @FormParam("timeZone") String timeZone, @FormParam("quietStart") String quietStart,
                           @FormParam("quietEnd") String quietEnd, @FormParam("roles") List<String> roles,
                           @FormParam("sites") List<String> sites, @FormParam("regions") List<String> regions,
                           @FormParam("mobile") String mobile, @FormParam("webhookUrl") String webhookUrl) {
        PersonForm form = new PersonForm(id, name, email, language, timeZone, quietStart, quietEnd, roles, sites,
                regions, mobile, webhookUrl);
        try {
            administration.change(id, form.body());
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 404 || refusal.status() == 403 || refusal.status() == 401) {
                return problems.refusal(refusal);
            }
            return refused(false, form, refusal, isActive(id));
        }
        return Response.seeOther(URI.create("/admin/directory?done=changed&id=" + encode(id))).build();
    }

    @POST
    @Path("people/{id}/deactivate")
    public Response deactivate(@PathParam("id") String id) {
        return status(id, true);
    }

    @POST
    @Path("people/{id}/reactivate")
    public Response reactivate(@PathParam("id") String id) {
        return status(id, false);
    }

    private Response status(String id, boolean deactivate) {
        try {
            if (deactivate) {
                administration.deactivate(id);
            } else {
                administration.reactivate(id);
            }
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 422) {
                return Response.seeOther(URI.create("/admin/directory?error=self&id=" + encode(id))).build();
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/admin/directory?done=" + (deactivate ? "deactivated" : "reactivated")
                + "&id=" + encode(id))).build();
    }

    private boolean isActive(String id) {
        for (JsonNode entry : administration.roster(id, null, null)) {
            if (id.equals(entry.path("person").path("id").asText())) {
                return entry.path("active").asBoolean(true);
            }
        }
        return true;
    }

    private Response refused(boolean adding, PersonForm form, ServiceRefusal refusal, boolean active) {
        if (refusal.status() != 400 && refusal.status() != 409 && refusal.status() != 422) {
            return problems.refusal(refusal);
        }
        return form(adding, form, FieldErrors.of(refusal, messages()), active, refusal.status() == 409 ? 409 : 422);
    }

    private Response form(boolean adding, PersonForm form, Map<String, String> errors, boolean active, int status) {
        AdminMessages m = messages();
        List<Check> roles = ROLES.stream().map(r -> new Check(r, roleLabel(r, m), form.hasRole(r))).toList();
        List<Check> sites = organisation.sites().stream()
                .map(s -> new Check(s.id(), s.name(), form.hasSite(s.id()))).toList();
        List<Check> regions = organisation.regions().stream()
                .map(r -> new Check(r.id(), r.name(), form.hasRegion(r.id()))).toList();
        List<Option> languages = List.of(new Option("nl", "Nederlands", "nl".equals(form.language())),
                new Option("en", "English", "en".equals(form.language())),
                new Option("ja", "日本語", "ja".equals(form.language())));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(context.localized(Templates.person(context.page(), adding, form, errors, roles, sites, regions,
                        languages, active)))
                .header("Cache-Control", "no-store").build();
    }

    static String roleLabel(String role, AdminMessages m) {
        return switch (role) {
            case "staff" -> m.role_staff();
            case "site-manager" -> m.role_site_manager();
            case "regional-manager" -> m.role_regional_manager();
            case "hq-safety" -> m.role_hq_safety();
            case "hr" -> m.role_hr();
            case "counsellor" -> m.role_counsellor();
            case "committee" -> m.role_committee();
            case "complaint-handler" -> m.role_complaint_handler();
            case "admin" -> m.role_admin();
            default -> role;
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
