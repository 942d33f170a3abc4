package io.frontline.web;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The front door: complain, track, read the procedure, or sign in as staff. */
/* Open to everyone, on purpose: every JAX-RS endpoint states who may call it (deny-unannotated-endpoints). */
@PermitAll
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LandingPage {
    @CheckedTemplate(basePath = "guest")
    static class Templates {
        static native TemplateInstance landing(Page page);
    }

    @Inject
    PageContext context;

    @GET
    public TemplateInstance landing() {
        return context.localized(Templates.landing(context.page()));
    }
}
