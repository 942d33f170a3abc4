package io.frontline.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses bodies above {@code frontline.http.max-body-size} with a 413 problem before they are read.
 * (Quarkus's own {@code quarkus.http.limits.max-body-size} stays as the hard cap for bodies without
 * a Content-Length; it answers 413 without a problem body.)
 *
 * <p>A service that takes file uploads names their path ({@code frontline.http.upload.path}, a regular
 * expression) and their limit ({@code frontline.http.upload.max-body-size}); only that path takes a body that
 * large. It raises Quarkus's cap to the upload limit, and {@link UploadBodyLimit} keeps every other path at
 * {@code frontline.http.max-body-size} for bodies without a Content-Length too.
 */
public class BodySizeLimit {
    @ConfigProperty(name = "frontline.http.max-body-size", defaultValue = "65536")
    long maxBodySize;

    @ConfigProperty(name = "frontline.http.upload.path")
    Optional<String> uploadPath;

    @ConfigProperty(name = "frontline.http.upload.max-body-size")
    Optional<MemorySize> uploadMaxBodySize;

    private volatile Pattern uploads;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long limit = isUpload(request.getUriInfo().getPath()) ? uploadMaxBodySize.get().asLongValue() : maxBodySize;
        try {
            if (Long.parseLong(length.trim()) > limit) {
                return ProblemMappers.problem(413, "payload-too-large", "Payload too large",
                        "The body may be at most " + limit + " bytes", request.getUriInfo(), List.of());
            }
        } catch (NumberFormatException e) {
            return ProblemMappers.problem(400, "bad-request", "Bad Request", "Invalid Content-Length",
                    request.getUriInfo(), List.of());
        }
        return null;
    }

    private boolean isUpload(String path) {
        if (uploadPath.isEmpty() || uploadMaxBodySize.isEmpty()) {
            return false;
        }
        if (uploads == null) {
            uploads = Pattern.compile(uploadPath.get());
        }
        return uploads.matcher(path).matches();
    }
}
