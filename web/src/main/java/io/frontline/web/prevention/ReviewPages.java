package io.frontline.web.prevention;

import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.services.PreventionService;
import io.frontline.web.services.PreventionService.Review;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The review cycle (seed 000: review the approach regularly, share incidents as case studies): per site and for the
 * chain, which review is due (none held, or the last one's period ended more than the review interval ago); hold the
 * review of a quarter, read its figures and anonymised case studies, and track its action items to done.
 */
@Path("/prevention/reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"site-manager", "regional-manager", "hq-safety", "hr", "admin"})
public class ReviewPages {
    static final String CHAIN = "chain";

    @CheckedTemplate(basePath = "prevention")
    static class Templates {
        static native TemplateInstance reviews(Page page, List<ScopeRow> scopes, List<ReviewRow> reviews,
                                               List<Option> scopeOptions, List<Option> quarters,
                                               Map<String, String> errors, String error);

        static native TemplateInstance review(Page page, ReviewView r, Map<String, String> errors, String done,
                                              String error);
    }

    public record ScopeRow(String scope, String name, String lastTo, boolean due) {
    }

    public record ReviewRow(String id, String scopeName, String from, String to, int actionsOpen) {
    }

    public record CaseView(int number, String siteName, String month, String types, String severity, String outcome,
                           String lesson) {
    }

    public record ActionView(String id, String text, String owner, String dueOn, boolean done, boolean overdue,
                             String doneText) {
    }

    public record ReviewView(String id, String scopeName, String from, String to, PreventionService.Figures figures,
                             List<CaseView> cases, List<ActionView> actions, String heldBy, String heldAt) {
    }

    @Inject
    PageContext context;

    @Inject
    Prevention prevention;

    @Inject
    ProblemPages problems;

    @RestClient
    PreventionService service;

    @ConfigProperty(name = "frontline.prevention.review-interval", defaultValue = "P3M")
    Period interval;

    @GET
    public Response reviews() {
        return list(Map.of(), null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hold(@FormParam("scope") String scope, @FormParam("quarter") String quarter) {
        PreventionMessages m = prevention.messages();
        Map<String, String> errors = new LinkedHashMap<>();
        if (Prevention.blank(scope)) {
            errors.put("scope", m.field_required());
        }
        if (Prevention.blank(quarter)) {
            errors.put("quarter", m.field_required());
        }
        if (!errors.isEmpty()) {
            return list(errors, null, 422);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("site", CHAIN.equals(scope) ? null : scope);
        body.put("quarter", quarter);
        Review held;
        try {
            held = service.holdReview(body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422 || refusal.status() == 409) {
                return list(errors, refusal.status() == 409 ? m.review_exists() : m.refused_invalid(), 422);
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/reviews/" + held.id() + "?done=held")).build();
    }

    @GET
    @Path("{id}")
    public Response review(@PathParam("id") UUID id, @QueryParam("done") String done) {
        PreventionMessages m = prevention.messages();
        String text = "held".equals(done) ? m.review_held() : "action".equals(done) ? m.review_action_added()
                : "closed".equals(done) ? m.review_action_closed() : null;
        return show(id, Map.of(), text, null, 200);
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAction(@PathParam("id") UUID id, @FormParam("text") String text,
                              @FormParam("owner") String owner, @FormParam("dueOn") String dueOn) {
        PreventionMessages m = prevention.messages();
        Map<String, String> errors = new LinkedHashMap<>();
        if (Prevention.blank(text)) {
            errors.put("text", m.field_required());
        }
        if (Prevention.blank(owner)) {
            errors.put("owner", m.field_required());
        }
        if (Prevention.blank(dueOn)) {
            errors.put("dueOn", m.field_required());
        }
        if (!errors.isEmpty()) {
            return show(id, errors, null, null, 422);
        }
        try {
            service.addAction(id.toString(), Map.of("text", text.strip(), "owner", owner.strip(), "dueOn", dueOn));
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422) {
                refusal.fields().keySet().forEach(f -> errors.put(f, m.field_invalid()));
                return show(id, errors, null, m.refused_invalid(), 422);
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/reviews/" + id + "?done=action")).build();
    }

    @POST
    @Path("{id}/actions/{actionId}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response actionDone(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId) {
        try {
            service.actionDone(id.toString(), actionId.toString());
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 409 || refusal.status() == 422) {
                return show(id, Map.of(), null, prevention.messages().refused_invalid(), 409);
            }
            return problems.refusal(refusal);
        }
        return Response.seeOther(URI.create("/prevention/reviews/" + id + "?done=closed")).build();
    }

    private Response list(Map<String, String> errors, String error, int status) {
        List<Review> reviews;
        try {
            reviews = service.reviews(null);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        LocalDate today = prevention.today();
        List<String> scopes = new ArrayList<>();
        if (prevention.chainWide()) {
            scopes.add(CHAIN);
        }
        scopes.addAll(prevention.visibleSites());
        List<ScopeRow> scopeRows = new ArrayList<>();
        for (String scope : scopes) {
            String site = CHAIN.equals(scope) ? null : scope;
            LocalDate last = reviews.stream().filter(r -> site == null ? r.site() == null : site.equals(r.site()))
                    .map(r -> LocalDate.parse(r.to())).max(LocalDate::compareTo).orElse(null);
            boolean due = last == null || last.plus(interval).isBefore(today);
            scopeRows.add(new ScopeRow(scope, prevention.siteName(site), last == null ? null
                    : prevention.day(last.toString()), due));
        }
        List<ReviewRow> rows = reviews.stream().map(r -> new ReviewRow(r.id(), prevention.siteName(r.site()),
                prevention.day(r.from()), prevention.day(r.to()), (int) (r.actions() == null ? 0
                : r.actions().stream().filter(a -> a.doneAt() == null).count()))).toList();
        List<Option> scopeOptions = scopes.stream().map(s -> new Option(s,
                prevention.siteName(CHAIN.equals(s) ? null : s), false)).toList();
        List<Option> quarters = new ArrayList<>();
        LocalDate q = today;
        for (int i = 0; i < 5; i++) {
            String name = q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
            quarters.add(new Option(name, name, i == 1));
            q = q.minusMonths(3);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(Templates.reviews(
                context.page(), scopeRows, rows, scopeOptions, quarters, errors, error))).build();
    }

    private Response show(UUID id, Map<String, String> errors, String done, String error, int status) {
        Review r;
        try {
            r = service.review(id.toString());
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        LocalDate today = prevention.today();
        List<CaseView> cases = r.caseStudies() == null ? List.of() : r.caseStudies().stream().map(c -> new CaseView(
                c.number(), prevention.siteName(c.siteId()), c.month(),
                String.join(", ", c.types() == null ? List.of() : c.types().stream()
                        .map(t -> prevention.label("type_", t)).toList()),
                c.severity(), c.outcome(), c.lesson())).toList();
        List<ActionView> actions = r.actions() == null ? List.of() : r.actions().stream().map(a -> new ActionView(
                a.id(), a.text(), a.owner(), prevention.day(a.dueOn()), a.doneAt() != null,
                a.doneAt() == null && a.dueOn() != null && LocalDate.parse(a.dueOn()).isBefore(today),
                a.doneAt() == null ? null : prevention.messages().review_action_done_by(
                        a.doneBy() == null ? "" : a.doneBy(), prevention.at(a.doneAt(), r.site())))).toList();
        ReviewView view = new ReviewView(r.id(), prevention.siteName(r.site()), prevention.day(r.from()),
                prevention.day(r.to()), r.figures(), cases, actions, r.heldBy(), prevention.at(r.heldAt(), r.site()));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(context.localized(Templates.review(
                context.page(), view, errors, done, error))).build();
    }
}
