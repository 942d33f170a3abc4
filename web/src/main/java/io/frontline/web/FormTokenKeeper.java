package io.frontline.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;

/**
 * Keeps the forms of a page working while the page fetches something else.
 *
 * <p>With a token signature key, quarkus-rest-csrf gives every GET it answers a fresh CSRF cookie. A page's forms
 * carry the token signed from the cookie the page was rendered with, so any GET the page makes afterwards without
 * leaving it — the live console's event stream and the caller fragments, an evidence file or the police package
 * downloaded from the evidence page — replaced the cookie under the page, and the page's next POST (take over,
 * confirm, dismiss, the language switch) was refused with 400. Such answers hold no form: they now send no new
 * CSRF cookie, and the browser keeps the one the page's forms were signed from. An HTML page still gets a fresh one.
 */
public class FormTokenKeeper {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
                     RoutingContext routing) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        if (!keepsToken(resource, response.getMediaType())) {
            return;
        }
        // Just before the head is written, after every response filter (the CSRF one included) has had its turn
        routing.addHeadersEndHandler(ignored -> {
            try {
                routing.response().removeCookies(cookieName, false);
            } catch (IllegalStateException written) {
                // the head is out already: nothing was added to it after this point
            }
        });
    }

    /** A page (HTML) gets a token for its forms; a stream, file or marked fragment leaves the page's token alone. */
    static boolean keepsToken(ResourceInfo resource, MediaType type) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null && (method.isAnnotationPresent(KeepsFormToken.class)
                || method.getDeclaringClass().isAnnotationPresent(KeepsFormToken.class))) {
            return true;
        }
        return type != null && !(type.getType().equals("text") && type.getSubtype().equals("html"));
    }
}
