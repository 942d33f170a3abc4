package io.frontline.complaint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.frontline.platform.testing.infra.FreePort;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * incident-, sanction- and notification-service as far as a customer's request sees them: a real HTTP server on a
 * free port answering the platform's {@code /api/subjects/{subjectKey}/data} in its one shape, under
 * {@code /incident}, {@code /sanction} and {@code /notification}. Starting the three services is too heavy for
 * complaint-service's tests; their own endpoints are tested in their modules against their databases.
 * <ul>
 *   <li>sanction-service keeps one measure under a legal hold on erasure;</li>
 *   <li>{@code POST /control/<service>/slow} makes that service answer after 3 s (past the test's read timeout),
 *   {@code POST /control/<service>/normal} ends it;</li>
 *   <li>{@code GET /control/<service>/authorization} is the Authorization header it last received;</li>
 *   <li>{@code GET /control/<service>/query} is the query string it last received (empty: none).</li>
 * </ul>
 */
public class SubjectServicesStub implements QuarkusTestResourceLifecycleManager {
    private static final Pattern DATA = Pattern.compile("/(incident|sanction|notification)/api/subjects/([^/]+)/data");
    private static final Pattern CONTROL = Pattern.compile("/control/(incident|sanction|notification)/(slow|normal|authorization|query)");

    private final Map<String, Boolean> slow = new ConcurrentHashMap<>();
    private final Map<String, String> authorization = new ConcurrentHashMap<>();
    private final Map<String, String> query = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        int port = FreePort.find();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + port;
        return Map.of("quarkus.rest-client.incident-service.url", base + "/incident",
                "quarkus.rest-client.sanction-service.url", base + "/sanction",
                "quarkus.rest-client.notification-service.url", base + "/notification",
                "frontline.subject-requests.read-timeout", "PT1.5S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher control = CONTROL.matcher(path);
            if (control.matches()) {
                String service = control.group(1);
                switch (control.group(2)) {
                    case "slow" -> slow.put(service, true);
                    case "normal" -> slow.remove(service);
                    case "query" -> {
                        send(exchange, 200, "text/plain", query.getOrDefault(service, ""));
                        return;
                    }
                    default -> {
                        send(exchange, 200, "text/plain", authorization.getOrDefault(service, ""));
                        return;
                    }
                }
                send(exchange, 204, "text/plain", "");
                return;
            }
            Matcher data = DATA.matcher(path);
            if (!data.matches()) {
                send(exchange, 404, "text/plain", "");
                return;
            }
            String service = data.group(1);
            String key = data.group(2);
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            authorization.put(service, bearer == null ? "" : bearer);
            String raw = exchange.getRequestURI().getRawQuery();
            query.put(service, raw == null ? "" : raw);
            if (bearer == null || !bearer.startsWith("Bearer ")) {
                send(exchange, 401, "application/problem+json", "{\"status\":401}");
                return;
            }
            if (slow.getOrDefault(service, false)) {
                sleep();
            }
            String name = service + "-service";
            String body = "GET".equals(exchange.getRequestMethod()) ? export(service, name, key) : erase(service, name, key);
            send(exchange, 200, "application/json", body);
        }
    }

    private static String export(String service, String name, String key) {
        String kind = switch (service) {
            case "incident" -> "incidents";
            case "sanction" -> "measures";
            default -> "deliveries";
        };
        return "{\"service\":\"" + name + "\",\"subjectKey\":\"" + key + "\",\"held\":[{\"kind\":\"" + kind
                + "\",\"items\":[{\"reference\":\"" + service.toUpperCase() + "-1\",\"note\":\"held by the stub\"}]}]}";
    }

    private static String erase(String service, String name, String key) {
        if (service.equals("sanction")) {
            return "{\"service\":\"" + name + "\",\"subjectKey\":\"" + key + "\",\"erased\":[{\"kind\":\"measures\","
                    + "\"count\":1}],\"kept\":[{\"kind\":\"measures\",\"reference\":\"SANCTION-2\",\"reason\":"
                    + "\"The measure is proposed, approved or in force; it is kept until it ends.\"}]}";
        }
        return "{\"service\":\"" + name + "\",\"subjectKey\":\"" + key + "\",\"erased\":[{\"kind\":\"" + service
                + "\",\"count\":1}],\"kept\":[]}";
    }

    private static void sleep() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        if (status == 204) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
