package io.frontline.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * In a service that takes uploads (see {@link BodySizeLimit}), Quarkus's cap on bodies
 * ({@code quarkus.http.limits.max-body-size}) is raised to the upload limit. This keeps that for the upload path:
 * <ul>
 *   <li>before Quarkus's own check, a Content-Length above the path's limit (the upload limit on the upload path,
 *   {@code frontline.http.max-body-size} elsewhere) is refused with a 413 problem, before the body is read;</li>
 *   <li>right after it, a body without a Content-Length (chunked) on any other path is limited to
 *   {@code frontline.http.max-body-size}: Quarkus stops reading such a body past the limit it finds on the request
 *   (and answers 413).</li>
 * </ul>
 */
@ApplicationScoped
public class UploadBodyLimit {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "frontline.http.max-body-size", defaultValue = "65536")
    long maxBodySize;

    @ConfigProperty(name = "frontline.http.upload.path")
    Optional<String> uploadPath;

    @ConfigProperty(name = "frontline.http.upload.max-body-size")
    Optional<MemorySize> uploadMaxBodySize;

    void install(@Observes Router router) {
        if (uploadPath.isEmpty() || uploadMaxBodySize.isEmpty()) {
            return;
        }
        Pattern uploads = Pattern.compile(uploadPath.get());
        long uploadLimit = uploadMaxBodySize.get().asLongValue();
        Long ordinary = maxBodySize;
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.trim().matches("\\d{1,18}")) {
                long limit = uploads.matcher(context.normalizedPath()).matches() ? uploadLimit : maxBodySize;
                if (Long.parseLong(length.trim()) > limit) {
                    tooLarge(context, limit);
                    return;
                }
            }
            context.next();
        });
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && !uploads.matcher(context.normalizedPath()).matches()) {
                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, ordinary);
            }
            context.next();
        });
    }

    private static void tooLarge(RoutingContext context, long limit) {
        String body;
        try {
            body = JSON.writeValueAsString(new Problem("https://frontline.io/problems/payload-too-large",
                    "Payload too large", 413, "The body may be at most " + limit + " bytes", context.normalizedPath(),
                    List.of()));
        } catch (JsonProcessingException e) {
            body = "";
        }
        // the body is not read: the connection closes after the answer
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
