package io.frontline.web.admin;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for complaint-service's one place to ask ({@code /api/subject-requests}), answering as the real service
 * does: an export that incident-service answered (one incident), notification-service did not (unreachable) and
 * prevention-service was not asked; an identifier "refused@example.org" is the service's 422 on the e-mail. The
 * orchestration itself is tested in complaint-service (SubjectRequestTest); this checks what the page makes of it.
 */
public final class ComplaintServiceStand implements QuarkusTestProfile {
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.complaint-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                REQUESTS.add(exchange.getRequestMethod() + " " + path + " " + body);
                int status = 200;
                String answer;
                if (!path.equals("/api/subject-requests")) {
                    status = 404;
                    answer = "{\"status\":404}";
                } else if ("GET".equals(exchange.getRequestMethod())) {
                    answer = RECORDED;
                } else if (body.contains("refused@example.org")) {
                    status = 422;
                    answer = "{\"status\":422,\"detail\":\"This is not a valid e-mail address\","
                            + "\"errors\":[{\"field\":\"email\",\"message\":\"This is not a valid e-mail address\"}]}";
                } else {
                    answer = ANSWER;
                }
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        status >= 400 ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }
        return server.getAddress().getPort();
    }

    private static final String ANSWER = """
            {"id": "0b1d2c3e-0000-4000-8000-000000000001", "action": "export", "requestedBy": "henk.hq",
             "requestedAt": "2026-11-30T03:00:00Z", "complete": false, "services": [
              {"service": "complaint-service", "status": "answered", "held": [{"kind": "complaints", "items": []}]},
              {"service": "incident-service", "status": "answered", "held": [{"kind": "incidents", "items": [
                {"reference": "INC-2026-000777", "status": "closed", "perpetratorDescription": null}]}]},
              {"service": "sanction-service", "status": "answered", "held": [{"kind": "measures", "items": []}]},
              {"service": "notification-service", "status": "unreachable",
               "note": "The service did not answer in time; ask again later."},
              {"service": "prevention-service", "status": "not-asked",
               "note": "Not asked: prevention-service keeps no customer identifiers by design."}]}
            """;

    private static final String RECORDED = """
            {"items": [{"id": "0b1d2c3e-0000-4000-8000-000000000002", "action": "erase", "requestedBy": "ada.admin",
              "requestedAt": "2026-11-29T14:05:00Z", "reason": "Letter of 28 November", "subjectKeys": ["sk1_x"],
              "complete": true, "services": [{"service": "complaint-service", "status": "answered", "count": 1,
              "kept": 0}]}], "next": null}
            """;
}
