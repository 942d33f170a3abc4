package io.frontline.web.staff;

import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.SiteType;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Home after sign-in: what is the person's to do. Employees report and see their reports; the other roles' screens
 * come with later releases and are shown as not available yet, without a link that pretends to work.
 */
@Path("/home")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HomePage {
    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance home(Page page, Roles roles);
    }

    /** Which parts of the home page apply to the person. */
    public record Roles(boolean reporter, boolean manager, boolean supervisor, boolean oversight, boolean handler,
                        boolean admin, boolean incidentOversight, boolean hqSafety, boolean hr,
                        boolean counsellor, boolean committee) {
    }

    @Inject
    PageContext context;

    @Inject
    SecurityIdentity identity;

    @Inject
    Organisation organisation;

    @GET
    public TemplateInstance home() {
        boolean reporter = identity.hasRole("staff") || identity.hasRole("site-manager")
                || identity.hasRole("regional-manager") || identity.hasRole("hq-safety");
        return context.localized(Templates.home(context.page(), new Roles(reporter,
                identity.hasRole("site-manager") || identity.hasRole("regional-manager"),
                identity.hasRole("site-manager") && Person.sites(identity).stream().anyMatch(this::callCenter),
                identity.hasRole("hq-safety") || identity.hasRole("hr") || identity.hasRole("committee")
                        || identity.hasRole("counsellor"),
                identity.hasRole("complaint-handler"), identity.hasRole("admin"), identity.hasRole("hq-safety"),
                identity.hasRole("hq-safety"), identity.hasRole("hr"), identity.hasRole("counsellor"),
                identity.hasRole("committee"))));
    }

    private boolean callCenter(String siteId) {
        return organisation.findSite(siteId).map(s -> s.type() == SiteType.CALL_CENTER).orElse(false);
    }
}
