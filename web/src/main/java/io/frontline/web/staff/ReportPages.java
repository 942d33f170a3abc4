package io.frontline.web.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.i18n.Texts;
import io.frontline.web.prevention.Playbooks;
import io.frontline.web.prevention.Playbooks.PlaybookView;
import io.frontline.web.services.Incidents;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The employee's report from a phone (seed 004: report, also what seems small): the site preselected from the token,
 * the types as large tap targets, a description, the "in danger now" switch, and optional details. incident-service
 * decides everything else; the confirmation says what happens next.
 */
@Path("/staff/report")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety"})
public class ReportPages {
    static final List<String> TYPES = List.of("verbal-abuse", "threat", "physical-violence", "sexual-harassment",
            "unreasonable-demand", "excessive-contact", "discrimination", "online-defamation", "stalking",
            "property-damage", "other");
    static final List<String> IDENTIFIER_KINDS = List.of("phone", "email", "loyalty-card");

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance report(Page page, ReportForm form, List<Option> sites, List<Option> types,
                                              List<Option> identifierKinds, String siteName,
                                              Map<String, String> errors);

        static native TemplateInstance reported(Page page, ReportedView report, List<PlaybookView> playbooks);
    }

    /** The confirmation: the reference and what happens next, in the reader's language. */
    public record ReportedView(String reference, boolean danger, String contact, String firstStep, String firstStepDue) {
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
    Incidents incidents;

    @Inject
    Playbooks playbooks;

    @GET
    public TemplateInstance form() {
        ReportForm form = new ReportForm();
        List<String> sites = sites();
        form.site = sites.size() == 1 ? sites.get(0) : null;
        return page(form, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@BeanParam ReportForm form) {
        Texts texts = Texts.in(context.lang());
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> sites = sites();
        if (form.site == null && sites.size() == 1) {
            form.site = sites.get(0);
        }
        if (form.site == null || form.site.isBlank()) {
            errors.put("site", texts.messages().field_required());
        }
        if (form.types == null || form.types.isEmpty()) {
            errors.put("types", texts.messages().field_required());
        }
        if (form.description == null || form.description.isBlank()) {
            errors.put("description", texts.messages().field_required());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (errors.isEmpty()) {
            body.put("site", form.site);
            body.put("types", form.types);
            body.put("description", form.description.strip());
            body.put("immediateDanger", form.inDanger());
            if (filled(form.occurredAt)) {
                try {
                    body.put("occurredAt", LocalDateTime.parse(form.occurredAt).atZone(dates.zoneOf(form.site))
                            .toInstant().toString());
                } catch (DateTimeParseException e) {
                    errors.put("occurredAt", texts.messages().field_invalid());
                }
            }
            boolean identifier = filled(form.identifier) && IDENTIFIER_KINDS.contains(form.identifierKind);
            if (filled(form.perpetratorDescription) || identifier) {
                Map<String, Object> perpetrator = new LinkedHashMap<>();
                if (identifier) {
                    perpetrator.put("identifierKind", form.identifierKind);
                    perpetrator.put("identifier", form.identifier.strip());
                }
                if (filled(form.perpetratorDescription)) {
                    perpetrator.put("description", form.perpetratorDescription.strip());
                }
                body.put("perpetrator", perpetrator);
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(422).entity(page(form, errors)).build();
        }
        JsonNode reported;
        try {
            reported = incidents.report(body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422) {
                refusal.fields().keySet().forEach(f -> errors.put(f.equals("identifier") ? "identifier" : f,
                        texts.messages().field_invalid()));
                if (errors.isEmpty()) {
                    errors.put("description", texts.messages().field_invalid());
                }
                return Response.status(422).entity(page(form, errors)).build();
            }
            return problems.refusal(refusal);
        }
        return Response.ok(context.localized(Templates.reported(context.page(), view(reported, texts),
                playbooks.forTypes(form.types)))).build();
    }

    private ReportedView view(JsonNode reported, Texts texts) {
        JsonNode next = reported.path("nextSteps");
        String contact = next.path("contact").isMissingNode() ? null : NextSteps.contact(next.path("contact"), texts)
                + organisation.findSite(next.path("contact").path("site").asText("")).map(s -> " (" + s.name() + ")")
                .orElse("");
        String firstStep = next.path("firstCareStep").isMissingNode() ? null
                : NextSteps.careStep(next.path("firstCareStep"), texts);
        String due = next.path("firstCareStep").path("dueAt").isTextual()
                ? dates.dateTime(java.time.Instant.parse(next.path("firstCareStep").path("dueAt").asText()),
                reported.path("site").asText(null), context.locale()) : null;
        return new ReportedView(reported.path("reference").asText(), reported.path("immediateDanger").asBoolean(),
                contact, firstStep, due);
    }

    private TemplateInstance page(ReportForm form, Map<String, String> errors) {
        Texts texts = Texts.in(context.lang());
        List<Option> siteOptions = new ArrayList<>();
        for (String site : sites()) {
            siteOptions.add(new Option(site, organisation.findSite(site).map(s -> s.name()).orElse(site),
                    site.equals(form.site)));
        }
        List<Option> types = TYPES.stream()
                .map(t -> new Option(t, texts.get("type_", t), form.types != null && form.types.contains(t))).toList();
        List<Option> kinds = IDENTIFIER_KINDS.stream()
                .map(k -> new Option(k, texts.get("report_kind_", k), k.equals(form.identifierKind))).toList();
        String siteName = form.site == null ? "" : organisation.findSite(form.site).map(s -> s.name()).orElse(form.site);
        return context.localized(Templates.report(context.page(), form, siteOptions, types, kinds, siteName, errors));
    }

    /** The sites the token names that the organisation knows: where this person may report. */
    private List<String> sites() {
        return Person.sites(identity).stream().filter(s -> organisation.findSite(s).isPresent()).toList();
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
