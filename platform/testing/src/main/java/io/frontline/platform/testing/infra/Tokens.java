package io.frontline.platform.testing.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the test Keycloak: the demo users (password {@code frontline}) through the
 * public {@code frontline-app} client, and the integration clients through client credentials.
 * Tokens are cached for a minute; they live fifteen.
 */
public final class Tokens {
    public static final String DEMO_PASSWORD = "frontline";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAt) {
    }

    private Tokens() {
    }

    /** Access token of a demo user, e.g. {@code sanne.manager}. */
    public static String user(String username) {
        return cached("user:" + username, () -> fetch(Map.of("grant_type", "password", "client_id", "frontline-app",
                "username", username, "password", DEMO_PASSWORD, "scope", "openid")));
    }

    /** Access token of a confidential client (demo secret = client id + "-secret"). */
    public static String client(String clientId) {
        return cached("client:" + clientId, () -> fetch(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", clientId + "-secret")));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The token's {@code aud} claim (the services it is issued for), read without verifying it. */
    public static Set<String> audience(String token) {
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            Set<String> audience = new TreeSet<>();
            JsonNode aud = claims.path("aud");
            if (aud.isTextual()) {
                audience.add(aud.asText());
            }
            aud.forEach(value -> audience.add(value.asText()));
            return audience;
        } catch (IOException e) {
            throw new IllegalStateException("not a JWT", e);
        }
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        Cached cached = CACHE.get(key);
        if (cached != null && System.currentTimeMillis() - cached.fetchedAt() < 60_000) {
            return cached.token();
        }
        String token = fetch.get();
        CACHE.put(key, new Cached(token, System.currentTimeMillis()));
        return token;
    }

    private static String fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakServer.shared().tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
