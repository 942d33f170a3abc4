package io.frontline.web;

import io.frontline.web.i18n.Texts;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A form refused for its missing or wrong CSRF token answers 400 without a body; the person gets a page that says
 * what happened and what to do, in their language. The refusal itself stands: nothing was sent on.
 */
public class CsrfRefusalPage {
    @Inject
    PageContext context;

    @io.quarkus.qute.Location("shell/refused.html")
    io.quarkus.qute.Template refused;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && request.getMediaType() != null
                && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            Texts texts = Texts.in(context.lang());
            // Without the frame's forms: they would need the CSRF token this request did not get.
            TemplateInstance page = context.localized(refused.data("page", context.page())
                    .data("title", texts.messages().csrf_title()).data("text", texts.messages().csrf_text()));
            response.setEntity(page.render(), new java.lang.annotation.Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
