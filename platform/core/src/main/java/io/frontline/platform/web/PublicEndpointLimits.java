package io.frontline.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Limits on the endpoints anyone can reach ({@code /api/public/...}; DESIGN.md: public intake and status check are
 * rate- and size-limited), in every service that has them: a token bucket per client (429 with
 * {@code Retry-After}) and a body size for the forms (413).
 *
 * <ul>
 *   <li>The client is found behind {@code frontline.public.trusted-proxy-hops} proxies ({@link ForwardedClient}):
 *   a client that writes its own {@code X-Forwarded-For} entries does not get a fresh bucket.</li>
 *   <li>At most {@code frontline.public.rate-limit.max-clients} clients are tracked (the least recently seen
 *   are forgotten first), and a client idle for one period is forgotten: a flood of addresses cannot grow the
 *   map without bound.</li>
 *   <li>The buckets are per replica. The limit shared by all replicas is the ingress's
 *   ({@code deploy/kubernetes/base/ingress.yaml}: per client address, across the public paths); this one keeps
 *   a single replica from being flooded and holds where no ingress stands in front (the local stack).</li>
 * </ul>
 */
@Singleton
public class PublicEndpointLimits {
    public static final String PUBLIC_PREFIX = "/api/public/";
    private static final String PROBLEMS = "https://frontline.io/problems/";

    /** On in the services whose public endpoints anyone reaches (complaint, prevention); off where only the web calls. */
    @ConfigProperty(name = "frontline.public.rate-limit.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "frontline.public.rate-limit.requests", defaultValue = "20")
    long requests;

    @ConfigProperty(name = "frontline.public.rate-limit.period", defaultValue = "PT1M")
    Duration period;

    @ConfigProperty(name = "frontline.public.rate-limit.max-clients", defaultValue = "100000")
    long maxClients;

    @ConfigProperty(name = "frontline.public.trusted-proxy-hops", defaultValue = "0")
    int trustedProxyHops;

    @ConfigProperty(name = "frontline.public.max-body-size", defaultValue = "16384")
    long maxBodySize;

    private Cache<String, Bucket> buckets;

    public PublicEndpointLimits() {
    }

    /** Outside CDI (tests): the same limits with these settings. */
    PublicEndpointLimits(long requests, Duration period, long maxClients, int trustedProxyHops) {
        this.enabled = true;
        this.requests = requests;
        this.period = period;
        this.maxClients = maxClients;
        this.trustedProxyHops = trustedProxyHops;
        this.maxBodySize = 16384;
        init();
    }

    @PostConstruct
    void init() {
        // Evictions run on the calling thread: cheap, and the bound holds as soon as a request has passed
        buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(period).executor(Runnable::run)
                .build();
    }

    public long requests() {
        return requests;
    }

    public Duration period() {
        return period;
    }

    public long maxBodySize() {
        return maxBodySize;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!enabled || !path.startsWith(PUBLIC_PREFIX)) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.trim().matches("\\d{1,18}") && Long.parseLong(length.trim()) > maxBodySize) {
            return problem(413, "payload-too-large", "Payload too large",
                    "The form may be at most " + maxBodySize + " bytes", path).build();
        }
        String peer = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        long wait = tryTake(ForwardedClient.of(request.getHeaderString("X-Forwarded-For"), peer, trustedProxyHops));
        if (wait == 0) {
            return null;
        }
        return problem(429, "too-many-requests", "Too Many Requests",
                "Too many requests from your address; try again in " + wait + " s", path)
                .header("Retry-After", wait).build();
    }

    /** Takes one request from the client's bucket: 0 when allowed, else the seconds to wait. */
    long tryTake(String client) {
        ConsumptionProbe probe = buckets.get(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    /** How many clients are tracked now (after pending evictions). */
    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail, String path) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(PROBLEMS + type, title, status, detail, path, List.of()));
    }
}
