package io.frontline.web.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.IncidentCareTasks;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * My care tasks, from the side of the person cared for (seed 000: after-care): the care plan's tasks of the
 * incidents they reported or are named in as a victim — which, when, and whether done — and nothing else of
 * those incidents.
 */
@Path("/incidents/my-care")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety"})
public class MyCarePage {
    @CheckedTemplate(basePath = "incidents")
    static class Templates {
        static native TemplateInstance mycare(Page page, List<MyCareTask> tasks);
    }

    public record MyCareTask(String task, String what, String reference, String site, String due, String status,
                             String statusLabel, boolean open, boolean overdue) {
    }

    @Inject
    PageContext context;

    @Inject
    Dates dates;

    @Inject
    Organisation organisation;

    @Inject
    ProblemPages problems;

    @RestClient
    IncidentCareTasks careTasks;

    @GET
    public Response mine() {
        JsonNode mine;
        try {
            mine = careTasks.mine();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        Words words = Words.in(context.lang());
        List<MyCareTask> tasks = new ArrayList<>();
        for (JsonNode t : mine.path("items")) {
            String site = t.path("site").asText();
            String status = t.path("status").asText("open");
            tasks.add(new MyCareTask(t.path("task").asText(), words.careTask(t.path("task").asText()),
                    t.path("reference").asText(), organisation.findSite(site).map(Site::name).orElse(site),
                    t.path("dueAt").isTextual() ? dates.dateTime(Instant.parse(t.path("dueAt").asText()), site,
                            context.locale()) : "", status, words.careStatus(status), "open".equals(status),
                    t.path("overdue").asBoolean()));
        }
        return Response.ok(context.localized(Templates.mycare(context.page(), tasks))).build();
    }
}
