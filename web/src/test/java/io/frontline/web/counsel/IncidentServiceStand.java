package io.frontline.web.counsel;

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
 * A stand-in for incident-service's counsellor-note endpoints, answering as the real service does for three notes:
 * {@link #WITH_ACCOUNT} (emma.staff, consent to investigate in force), {@link #ANONYMOUS} (no consent),
 * {@link #FORMAL} (emma.staff, consent to a formal complaint in force; filing answers reference UB-2026-000042) and any other
 * id refused (404, as the service answers everyone but the author). An action on a note without consent is the
 * service's 422. It records every request so a test can check what the page asked. The service's own rules are
 * tested in incident-service and on the running stack; this checks what the pages make of its answers.
 */
public final class IncidentServiceStand implements QuarkusTestProfile {
    static final String WITH_ACCOUNT = "6f1d2c3e-0000-4000-8000-000000000001";
    static final String ANONYMOUS = "6f1d2c3e-0000-4000-8000-000000000002";
    static final String FORMAL = "6f1d2c3e-0000-4000-8000-000000000003";
    static final String TEXT = "Zij durft niet naar de politie.";
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.incident-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String method = exchange.getRequestMethod();
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                REQUESTS.add(method + " " + path + (body.isEmpty() ? "" : " " + body));
                int status;
                String answer;
                String notes = "/api/procedure/counsellor-notes";
                if ("GET".equals(method) && path.equals(notes + "/" + WITH_ACCOUNT)) {
                    status = 200;
                    answer = note(WITH_ACCOUNT, "\"emma.staff\"", false, true,
                            "[{\"purpose\":\"investigate\",\"givenAt\":\"2026-11-20T10:00:00Z\",\"how\":\"own-account\","
                                    + "\"recordedBy\":\"emma.staff\",\"withdrawnAt\":null}]");
                } else if ("GET".equals(method) && path.equals(notes + "/" + ANONYMOUS)) {
                    status = 200;
                    answer = note(ANONYMOUS, "null", true, true, "[]");
                } else if ("GET".equals(method) && path.equals(notes + "/" + FORMAL)) {
                    status = 200;
                    answer = note(FORMAL, "\"emma.staff\"", false, true,
                            "[{\"purpose\":\"formal-complaint\",\"givenAt\":\"2026-11-20T10:00:00Z\","
                                    + "\"how\":\"own-account\",\"recordedBy\":\"emma.staff\",\"withdrawnAt\":null}]");
                } else if ("POST".equals(method) && path.equals("/api/procedure/complaints")) {
                    status = 201;
                    answer = "{\"id\":\"7a000000-0000-4000-8000-000000000001\",\"reference\":\"UB-2026-000042\"}";
                } else if ("POST".equals(method) && path.equals(notes + "/" + ANONYMOUS + "/actions")) {
                    status = 422;
                    answer = "{\"type\":\"https://frontline.example/problems/unprocessable\",\"status\":422,"
                            + "\"detail\":\"The reporter has not given consent for this\"}";
                } else if ("GET".equals(method) && path.equals("/api/procedure/my-counsellor-notes")) {
                    status = 200;
                    answer = "[{\"id\":\"" + WITH_ACCOUNT + "\",\"counsellor\":\"carla.counsellor\","
                            + "\"writtenAt\":\"2026-11-20T09:00:00Z\",\"consents\":[{\"purpose\":\"investigate\","
                            + "\"givenAt\":\"2026-11-20T10:00:00Z\",\"how\":\"own-account\",\"recordedBy\":\"emma.staff\","
                            + "\"withdrawnAt\":null}]}]";
                } else if ("GET".equals(method) && path.equals(notes)) {
                    status = 200;
                    answer = "{\"items\":[{\"id\":\"" + WITH_ACCOUNT + "\",\"reporter\":\"emma.staff\",\"anonymous\":false,"
                            + "\"reporterHasAccount\":true,\"writtenAt\":\"2026-11-20T09:00:00Z\","
                            + "\"consentsInForce\":[\"investigate\"],\"actions\":2}],\"next\":\"c2Vjb25k\"}";
                } else {
                    status = 404;
                    answer = "{\"type\":\"https://frontline.example/problems/not-found\",\"status\":404}";
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

    private static String note(String id, String reporter, boolean anonymous, boolean hasAccount, String consents) {
        return "{\"id\":\"" + id + "\",\"counsellor\":\"carla.counsellor\",\"reporter\":" + reporter
                + ",\"anonymous\":" + anonymous + ",\"reporterHasAccount\":" + hasAccount + ",\"text\":\"" + TEXT
                + "\",\"writtenAt\":\"2026-11-20T09:00:00Z\",\"consents\":" + consents + ",\"actions\":[]}";
    }
}
