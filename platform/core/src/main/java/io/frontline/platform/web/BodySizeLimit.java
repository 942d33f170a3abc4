package io.frontline.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Refuses bodies above {@code frontline.http.max-body-size} with a 413 problem before they are read.
 * (Quarkus's own {@code quarkus.http.limits.max-body-size} stays as the hard cap for bodies without
 * a Content-Length; it answers 413 without a problem body.)
 */
public class BodySizeLimit {
    @ConfigProperty(name = "frontline.http.max-body-size", defaultValue = "65536")
    long maxBodySize;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) > maxBodySize) {
                return ProblemMappers.problem(413, "payload-too-large", "Payload too large",
                        "The body may be at most " + maxBodySize + " bytes", request.getUriInfo(), List.of());
            }
        } catch (NumberFormatException e) {
            return ProblemMappers.problem(400, "bad-request", "Bad Request", "Invalid Content-Length",
                    request.getUriInfo(), List.of());
        }
        return null;
    }
}
