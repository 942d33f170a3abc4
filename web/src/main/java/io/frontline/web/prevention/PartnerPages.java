package io.frontline.web.prevention;

import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.services.PublicPreventionService;
import io.frontline.web.services.PublicPreventionService.Filed;
import io.frontline.web.services.PublicPreventionService.Status;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own staff as the harasser (seed 000): a business partner — supplier, landlord, customer company — reports
 * harassment by one of our employees without an account, and follows it with the reference and the tracking secret
 * shown once. The secret is posted, never put in a URL; HR's notes never reach this page, only the outcome.
 */
@Path("/partners")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PartnerPages {
    @CheckedTemplate(basePath = "prevention")
    static class Templates {
        static native TemplateInstance partnerForm(Page page, PartnerForm form, List<Option> sites,
                                                   Map<String, String> errors);

        static native TemplateInstance partnerFiled(Page page, String reference, String secret);

        static native TemplateInstance partnerTrack(Page page, String reference, boolean notFound,
                                                    StatusView status);
    }

    public record PartnerForm(String organisation, String reporterName, String reporterContact, String site,
                              String employeeDescription, String description, String occurredOn) {
    }

    public record StatusView(String reference, String status, String statusLabel, String receivedAt, String outcome,
                             String message, String concludedAt) {
    }

    @Inject
    PageContext context;

    @Inject
    Prevention prevention;

    @Inject
    Organisation organisation;

    @Inject
    ProblemPages problems;

    @Inject
    HttpServerRequest request;

    @RestClient
    PublicPreventionService service;

    @GET
    @Path("report")
    public TemplateInstance form() {
        return page(new PartnerForm(null, null, null, null, null, null, null), Map.of());
    }

    @POST
    @Path("report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@FormParam("organisation") String org, @FormParam("reporterName") String reporterName,
                         @FormParam("reporterContact") String reporterContact, @FormParam("site") String site,
                         @FormParam("employeeDescription") String employeeDescription,
                         @FormParam("description") String description, @FormParam("occurredOn") String occurredOn) {
        PartnerForm form = new PartnerForm(org, reporterName, reporterContact, site, employeeDescription, description,
                occurredOn);
        PreventionMessages m = prevention.messages();
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "organisation", org, m);
        required(errors, "reporterName", reporterName, m);
        required(errors, "reporterContact", reporterContact, m);
        required(errors, "employeeDescription", employeeDescription, m);
        required(errors, "description", description, m);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(page(form, errors)).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", org.strip());
        body.put("reporterName", reporterName.strip());
        body.put("reporterContact", reporterContact.strip());
        body.put("site", Prevention.blank(site) ? null : site);
        body.put("employeeDescription", employeeDescription.strip());
        body.put("description", description.strip());
        body.put("occurredOn", Prevention.blank(occurredOn) ? null : occurredOn);
        Filed filed;
        try {
            filed = service.file(client(), body);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 400 || refusal.status() == 422) {
                refusal.fields().keySet().forEach(f -> errors.put(f, m.field_invalid()));
                if (errors.isEmpty()) {
                    errors.put("description", m.field_invalid());
                }
                return Response.status(422).entity(page(form, errors)).build();
            }
            return problems.refusal(refusal);
        }
        return Response.ok(context.localized(Templates.partnerFiled(context.page(), filed.reference(),
                filed.trackingSecret()))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("track")
    public Response trackForm() {
        return Response.ok(context.localized(Templates.partnerTrack(context.page(), null, false, null)))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("track")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response track(@FormParam("reference") String reference, @FormParam("secret") String secret) {
        String ref = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (ref.isEmpty() || Prevention.blank(secret)) {
            return Response.status(404).entity(context.localized(Templates.partnerTrack(context.page(), ref, true,
                    null))).header("Cache-Control", "no-store").build();
        }
        Status status;
        try {
            status = service.status(client(), ref, secret.strip());
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            if (refusal.status() == 404 || refusal.status() == 400) {
                return Response.status(404).entity(context.localized(Templates.partnerTrack(context.page(), ref, true,
                        null))).header("Cache-Control", "no-store").build();
            }
            return problems.refusal(refusal);
        }
        StatusView view = new StatusView(status.reference(), status.status(),
                prevention.label("partner_status_", status.status()), prevention.at(status.receivedAt(), null),
                status.outcome() == null ? null : prevention.label("partner_outcome_", status.outcome()),
                status.outcomeMessage(), prevention.at(status.concludedAt(), null));
        return Response.ok(context.localized(Templates.partnerTrack(context.page(), ref, false, view)))
                .header("Cache-Control", "no-store").build();
    }

    private TemplateInstance page(PartnerForm form, Map<String, String> errors) {
        List<Option> sites = organisation.sites().stream().map(s -> new Option(s.id(), s.name(),
                s.id().equals(form.site()))).toList();
        return context.localized(Templates.partnerForm(context.page(), form, sites, errors));
    }

    private static void required(Map<String, String> errors, String field, String value, PreventionMessages m) {
        if (Prevention.blank(value)) {
            errors.put(field, m.field_required());
        }
    }

    private String client() {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
