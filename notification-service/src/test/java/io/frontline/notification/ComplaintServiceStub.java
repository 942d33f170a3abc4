package io.frontline.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.frontline.platform.testing.infra.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server standing in for complaint-service's party-contact endpoint. It lets a call through only
 * with a bearer token signed by the test Keycloak's realm (its JWKS) and issued to client notification-service,
 * and answers with the contacts a test registered, 404 for others.
 */
public class ComplaintServiceStub implements QuarkusTestResourceLifecycleManager {
    private static final Pattern PATH = Pattern.compile("/api/internal/complaints/([^/]+)/party-contact");
    private static final Map<String, String> CONTACTS = new ConcurrentHashMap<>();
    private static final Pattern SUBJECT_PATH = Pattern.compile("/api/internal/subjects/([^/]+)/contact");
    private static final Map<String, String> SUBJECT_CONTACTS = new ConcurrentHashMap<>();
    /** Every call: complaint id and the client the token was issued to ("rejected" when it was not valid). */
    public static final List<String> CALLS = new CopyOnWriteArrayList<>();

    private static volatile String LAST_ANSWER = "";

    private HttpServer server;

    /** Registers the contact complaint-service would answer for the complaint. */
    public static void contact(String complaintId, String reference, String email, String language, String responseDue) {
        CONTACTS.put(complaintId, String.format(
                "{\"reference\":\"%s\",\"email\":\"%s\",\"language\":\"%s\",\"responseDue\":\"%s\"}",
                reference, email, language, responseDue));
    }

    /** As {@link #contact}, with the signed reply token complaint-service hands out for the complaint's mail. */
    public static void contact(String complaintId, String reference, String email, String language, String responseDue,
                               String replyToken) {
        CONTACTS.put(complaintId, String.format(
                "{\"reference\":\"%s\",\"email\":\"%s\",\"language\":\"%s\",\"responseDue\":\"%s\","
                        + "\"replyToken\":\"%s\"}", reference, email, language, responseDue, replyToken));
    }

    /** Registers the contact complaint-service would answer for a customer's subject key (issue 17). */
    public static void subjectContact(String subjectKey, String email, String language) {
        subjectContact(subjectKey, email, null, language);
    }

    /** As {@link #subjectContact(String, String, String)}, with the phone number; either may be null. */
    public static void subjectContact(String subjectKey, String email, String phone, String language) {
        SUBJECT_CONTACTS.put(subjectKey, String.format("{\"email\":%s,\"phone\":%s,\"language\":\"%s\"}",
                quoted(email), quoted(phone), language));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/internal/complaints/", this::handle);
        server.createContext("/api/internal/subjects/", this::handleSubject);
        server.start();
        return Map.of("quarkus.rest-client.complaint-service.url", "http://localhost:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String client = authorization != null && authorization.startsWith("Bearer ")
                ? issuedTo(authorization.substring(7)) : null;
        if (!"notification-service".equals(client)) {
            CALLS.add((path.matches() ? path.group(1) : "?") + " rejected"
                    + (authorization == null ? " (no token)" : " (" + LAST_ANSWER + ")"));
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

    private void handleSubject(HttpExchange exchange) throws IOException {
        Matcher path = SUBJECT_PATH.matcher(exchange.getRequestURI().getPath());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String client = authorization != null && authorization.startsWith("Bearer ")
                ? issuedTo(authorization.substring(7)) : null;
        if (!"notification-service".equals(client)) {
            answer(exchange, 401, "{}");
            return;
        }
        String contact = path.matches() ? SUBJECT_CONTACTS.get(path.group(1)) : null;
        if (contact == null) {
            answer(exchange, 404, "{\"title\":\"Not found\"}");
        } else {
            answer(exchange, 200, contact);
        }
    }

    /**
     * The client a token was issued to, if it is a real token of the test Keycloak: signature checked
     * against the realm's published keys (JWKS), issuer and expiry checked; null otherwise.
     */
    static String issuedTo(String token) {
        String realm = KeycloakServer.shared().realmUrl();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setExpectedIssuer(realm)
                .setSkipDefaultAudienceValidation()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(
                        new HttpsJwks(realm + "/protocol/openid-connect/certs")))
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            LAST_ANSWER = "verified";
            return claims.getClaimValueAsString("azp");
        } catch (InvalidJwtException e) {
            LAST_ANSWER = e.getMessage();
            return null;
        }
    }

    static void answer(HttpExchange exchange, int status, String body) throws IOException {
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
