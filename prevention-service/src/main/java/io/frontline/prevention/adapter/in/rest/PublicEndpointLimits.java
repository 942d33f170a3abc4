package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.web.Problem;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Limits on the endpoints anyone can reach (DESIGN.md: public intake and status check are rate- and
 * size-limited): a token bucket per client (429 with {@code Retry-After}) and a body size for the form (413).
 * The client is the remote address, or the first {@code X-Forwarded-For} entry when the service is configured
 * to trust the proxy in front of it.
 */
@Singleton
class PublicEndpointLimits {
    static final String PUBLIC_PREFIX = "/api/public/";
    private static final String PROBLEMS = "https://frontline.io/problems/";
    /** Above this many tracked clients, those with a full bucket (idle) are forgotten. */
    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @ConfigProperty(name = "frontline.prevention.public.rate-limit.requests", defaultValue = "20")
    long requests;

    @ConfigProperty(name = "frontline.prevention.public.rate-limit.period", defaultValue = "PT1M")
    Duration period;

    @ConfigProperty(name = "frontline.prevention.public.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @ConfigProperty(name = "frontline.prevention.public.max-body-size", defaultValue = "16384")
    long maxBodySize;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(PUBLIC_PREFIX)) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.trim().matches("\\d{1,18}") && Long.parseLong(length.trim()) > maxBodySize) {
            return problem(413, "payload-too-large", "Payload too large",
                    "The form may be at most " + maxBodySize + " bytes", path).build();
        }
        ConsumptionProbe probe = bucketOf(client(request, http)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return problem(429, "too-many-requests", "Too Many Requests",
                "Too many requests from your address; try again in " + seconds + " s", path)
                .header("Retry-After", seconds).build();
    }

    private String client(ContainerRequestContext request, HttpServerRequest http) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaderString("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    private Bucket bucketOf(String client) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= requests);
        }
        return buckets.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build());
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail, String path) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(PROBLEMS + type, title, status, detail, path, List.of()));
    }
}
