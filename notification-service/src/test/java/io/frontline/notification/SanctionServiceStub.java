package io.frontline.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server standing in for sanction-service's ban-notice secret (issue 17): only a token of the test
 * Keycloak issued to notification-service gets one; the last secret issued per reference is kept for the test.
 */
public class SanctionServiceStub implements QuarkusTestResourceLifecycleManager {
    private static final Pattern PATH = Pattern.compile("/api/internal/ban-notices/([^/]+)/secret");
    /** The secret last issued for each notice reference. */
    public static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/internal/ban-notices/", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.sanction-service.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String client = authorization != null && authorization.startsWith("Bearer ")
                ? ComplaintServiceStub.issuedTo(authorization.substring(7)) : null;
        if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
            ComplaintServiceStub.answer(exchange, 404, "{}");
            return;
        }
        if (!"notification-service".equals(client)) {
            ComplaintServiceStub.answer(exchange, 401, "{}");
            return;
        }
        String reference = path.group(1);
        String secret = "s3cret-" + UUID.randomUUID();
        ISSUED.put(reference, secret);
        ComplaintServiceStub.answer(exchange, 200,
                "{\"reference\":\"" + reference + "\",\"secret\":\"" + secret + "\"}");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
