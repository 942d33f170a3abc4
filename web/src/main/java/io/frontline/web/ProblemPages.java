package io.frontline.web;

import io.frontline.web.i18n.Texts;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Friendly pages for what stops a request: a service's rate limit (429) or size limit (413), a service that is
 * away, a page that does not exist. Said in the reader's language, with the service's own status kept.
 */
@RequestScoped
public class ProblemPages {
    @CheckedTemplate(basePath = "shell")
    static class Templates {
        static native TemplateInstance problem(Page page, String title, String text);
    }

    @Inject
    PageContext context;

    public Response refusal(ServiceRefusal refusal) {
        Texts texts = Texts.in(context.lang());
        if (refusal.tooMany()) {
            Response.ResponseBuilder response = page(429, texts.messages().limit_title(),
                    texts.messages().limit_text(String.valueOf(Math.max(1, refusal.retryAfterSeconds()))));
            return response.header("Retry-After", Math.max(1, refusal.retryAfterSeconds())).build();
        }
        if (refusal.tooLarge()) {
            return page(413, texts.messages().toolarge_title(), texts.messages().toolarge_text()).build();
        }
        if (refusal.status() == 404) {
            return page(404, texts.messages().notfound_title(), texts.messages().notfound_text()).build();
        }
        if (refusal.status() == 403 || refusal.status() == 401) {
            return page(403, texts.messages().forbidden_title(), texts.messages().forbidden_text()).build();
        }
        return page(502, texts.messages().error_title(), texts.messages().error_text()).build();
    }

    public Response.ResponseBuilder page(int status, String title, String text) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(context.localized(Templates.problem(context.page(), title, text)));
    }
}
