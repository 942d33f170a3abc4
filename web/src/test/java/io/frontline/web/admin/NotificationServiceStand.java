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
 * A stand-in for notification-service's directory list ({@code /api/admin/directory}), answering as the real service
 * does (issue 15): each person with {@code smsPaging} — Bram and Ruben are managers whom critical alerts would page by
 * SMS but who have no mobile number, Noor has one, Hanna (HR) is paged by nothing; {@code smsPaging=missing} keeps
 * Bram and Ruben, a search keeps whom it names. Which people the service counts is tested there
 * (DirectorySmsPagingTest); this checks what the page makes of the answer. The stand sees the query string, which
 * {@code ServiceStand} does not pass on.
 */
public final class NotificationServiceStand implements QuarkusTestProfile {
    /** Every request as "GET /path?query". */
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static int port;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.notification-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (port == 0) {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
                REQUESTS.add(exchange.getRequestMethod() + " " + path + "?" + query);
                int status = 200;
                String body;
                if (!path.equals("/api/admin/directory")) {
                    status = 404;
                    body = "{\"status\":404}";
                } else {
                    List<String> people = query.contains("smsPaging=missing") ? List.of(BRAM, RUBEN)
                            : List.of(BRAM, HANNA, NOOR, RUBEN);
                    String q = parameter(query, "q");
                    body = "[" + String.join(",", people.stream()
                            .filter(p -> q == null || p.contains("\"id\": \"" + q)).toList()) + "]";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        status >= 400 ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            port = server.getAddress().getPort();
        }
        return port;
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String person(String id, String name, String role, boolean reachable, boolean needed) {
        return """
                {"person": {"id": "%s", "name": "%s", "email": "%s@demo-retail.example", "language": "nl",
                  "timeZone": "Europe/Amsterdam", "roles": ["%s"], "sites": [], "regions": [],
                  "smsPaging": {"reachable": %s, "needed": %s}},
                 "active": true, "deactivatedAt": null, "deactivatedBy": null}
                """.formatted(id, name, id, role, reachable, needed);
    }

    private static final String BRAM = person("bram.manager", "Bram Smit", "site-manager", false, true);
    private static final String HANNA = person("hanna.hr", "Hanna Vos", "hr", false, false);
    private static final String NOOR = person("noor.regional", "Noor Meijer", "regional-manager", true, true);
    private static final String RUBEN = person("ruben.supervisor", "Ruben de Boer", "site-manager", false, true);
}
