package io.frontline.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * In a service that takes uploads (see {@link BodySizeLimit}), Quarkus's cap on bodies is raised for the upload
 * path; this keeps every other path at {@code frontline.http.max-body-size} for a body sent without a
 * Content-Length (chunked), which {@link BodySizeLimit} cannot see: Quarkus stops reading such a body past the
 * limit it finds on the request, which is set here right after Quarkus's own.
 */
@ApplicationScoped
public class UploadBodyLimit {
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
        Long ordinary = maxBodySize;
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && !uploads.matcher(context.normalizedPath()).matches()) {
                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, ordinary);
            }
            context.next();
        });
    }
}
