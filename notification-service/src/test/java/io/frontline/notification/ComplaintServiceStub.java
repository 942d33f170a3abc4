package io.frontline.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.frontline.platform.testing.infra.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server standing in for complaint-service's party-contact endpoint. It lets a call through only
 * with a bearer token that the test Keycloak says is active and was issued to client notification-service
 * (token introspection), and answers with the contacts a test registered, 404 for others.
 */
public class ComplaintServiceStub implements QuarkusTestResourceLifecycleManager {
    private static final Pattern PATH = Pattern.compile("/api/internal/complaints/([^/]+)/party-contact");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> CONTACTS = new ConcurrentHashMap<>();
    /** Every call: complaint id and the client the token was issued to ("rejected" when it was not valid). */
    public static final List<String> CALLS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    /** Registers the contact complaint-service would answer for the complaint. */
    public static void contact(String complaintId, String reference, String email, String language, String responseDue) {
        CONTACTS.put(complaintId, String.format(
                "{\"reference\":\"%s\",\"email\":\"%s\",\"language\":\"%s\",\"responseDue\":\"%s\"}",
                reference, email, language, responseDue));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/internal/complaints/", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.complaint-service.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String client = authorization != null && authorization.startsWith("Bearer ")
                ? issuedTo(authorization.substring(7)) : null;
        if (!"notification-service".equals(client)) {
            CALLS.add((path.matches() ? path.group(1) : "?") + " rejected");
            answer(exchange, 401, "{}");
            return;
        }
        String complaintId = path.matches() ? path.group(1) : "";
        CALLS.add(complaintId + " " + client);
        String contact = CONTACTS.get(complaintId);
        if (contact == null) {
            answer(exchange, 404, "{\"title\":\"Not found\"}");
        } else {
            answer(exchange, 200, contact);
        }
    }

    /** The client an active token was issued to, by asking Keycloak (introspection); null if not active. */
    private static String issuedTo(String token) {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&client_id=notification-service&client_secret=notification-service-secret";
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakServer.shared().realmUrl()
                        + "/protocol/openid-connect/token/introspect"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            JsonNode answer = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            if (!answer.path("active").asBoolean(false)) {
                return null;
            }
            return answer.hasNonNull("azp") ? answer.get("azp").asText() : answer.path("client_id").asText(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
