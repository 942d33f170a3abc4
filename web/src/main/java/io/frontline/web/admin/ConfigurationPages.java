package io.frontline.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.services.Administration;
import io.frontline.web.services.DetectionConfiguration;
import io.frontline.web.services.LadderConfiguration;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Read-only views of the configuration in force (issue 14), each asked from the service that applies it, so an
 * administrator sees what the system will do without reading YAML: the organisation and the routing rules and
 * escalation policies (notification-service), the ban ladder (sanction-service), the detection rules and thresholds
 * (incident-service). HQ safety may read them too: they answer for the chain's safety approach and nothing here is
 * personal data.
 */
@Path("/admin/configuration")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"admin", "hq-safety"})
public class ConfigurationPages {
    static final List<String> VIEWS = List.of("organisation", "routing", "escalation", "ladder", "detection");

    /** One table: its caption, its column headers, its rows (cells as text). */
    public record Table(String id, String caption, List<String> headers, List<List<String>> rows) {
    }

    public record Link(String id, String href, String label, boolean current) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance configuration(Page page, String title, String intro, List<Link> views,
                                                     List<Table> tables);
    }

    @Inject
    PageContext context;

    @Inject
    ProblemPages problems;

    @RestClient
    Administration notification;

    @RestClient
    LadderConfiguration sanction;

    @RestClient
    DetectionConfiguration incident;

    AdminMessages messages() {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(context.lang()));
    }

    @GET
    public Response index() {
        return organisation();
    }

    @GET
    @Path("organisation")
    public Response organisation() {
        AdminMessages m = messages();
        return view("organisation", m.config_organisation(), m.config_organisation_intro(),
                notification::organisation, o -> ConfigurationTables.organisation(o, m));
    }

    @GET
    @Path("routing")
    public Response routing() {
        AdminMessages m = messages();
        return view("routing", m.config_routing(), m.config_routing_intro(), notification::routingRules,
                r -> ConfigurationTables.routing(r, m));
    }

    @GET
    @Path("escalation")
    public Response escalation() {
        AdminMessages m = messages();
        return view("escalation", m.config_escalation(), m.config_escalation_intro(),
                notification::escalationPolicies, p -> ConfigurationTables.escalation(p, m));
    }

    @GET
    @Path("ladder")
    public Response ladder() {
        AdminMessages m = messages();
        return view("ladder", m.config_ladder(), m.config_ladder_intro(), sanction::ladder,
                l -> ConfigurationTables.ladder(l, m));
    }

    @GET
    @Path("detection")
    public Response detection() {
        AdminMessages m = messages();
        return view("detection", m.config_detection(), m.config_detection_intro(), incident::detection,
                d -> ConfigurationTables.detection(d, m));
    }

    private Response view(String current, String title, String intro, Supplier<JsonNode> ask,
                          Function<JsonNode, List<Table>> tables) {
        JsonNode answer;
        try {
            answer = ask.get();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        } catch (ProcessingException unreachable) {
            return problems.refusal(new ServiceRefusal(502, java.util.Map.of(), 0));
        }
        AdminMessages m = messages();
        List<Link> views = new ArrayList<>();
        for (String v : VIEWS) {
            String label = switch (v) {
                case "organisation" -> m.config_organisation();
                case "routing" -> m.config_routing();
                case "escalation" -> m.config_escalation();
                case "ladder" -> m.config_ladder();
                default -> m.config_detection();
            };
            views.add(new Link("config-" + v, "/admin/configuration/" + v, label, v.equals(current)));
        }
        return Response.ok(context.localized(Templates.configuration(context.page(), title, intro, views,
                tables.apply(answer)))).header("Cache-Control", "no-store").build();
    }
}
