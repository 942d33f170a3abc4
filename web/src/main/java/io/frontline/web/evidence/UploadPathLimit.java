package io.frontline.web.evidence;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.regex.Pattern;

/**
 * Quarkus's cap on request bodies is raised to the evidence upload's size; this keeps every other path at
 * {@code frontline.web.max-body-size}: a larger Content-Length is refused with 413 before it is read, and a body
 * without one is cut off at that size (Quarkus reads the limit set on the request right after its own).
 */
@ApplicationScoped
public class UploadPathLimit {
    static final Pattern UPLOAD = Pattern.compile("/incidents/[^/]+/evidence");

    @ConfigProperty(name = "frontline.web.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        Long boxed = limit;
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (context.request().method() == HttpMethod.POST && UPLOAD.matcher(context.normalizedPath()).matches()) {
                context.next();
                return;
            }
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null) {
                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, boxed);
            } else if (length.trim().matches("\\d{1,18}") && Long.parseLong(length.trim()) > limit) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close").setStatusCode(413).end();
                return;
            }
            context.next();
        });
    }
}
