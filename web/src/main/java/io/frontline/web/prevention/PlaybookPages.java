package io.frontline.web.prevention;

import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.prevention.Playbooks.PlaybookView;
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

import java.util.List;

/** The response playbooks per situation, decided in advance by HQ safety (seed 000), for every employee. */
@Path("/prevention/playbooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor", "committee",
        "complaint-handler", "admin"})
public class PlaybookPages {
    @CheckedTemplate(basePath = "prevention")
    static class Templates {
        static native TemplateInstance playbooks(Page page, List<PlaybookView> playbooks);
    }

    @Inject
    PageContext context;

    @Inject
    Playbooks playbooks;

    @Inject
    ProblemPages problems;

    @GET
    public Response playbooks() {
        try {
            return Response.ok(context.localized(Templates.playbooks(context.page(), playbooks.all()))).build();
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
    }
}
