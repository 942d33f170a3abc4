package io.frontline.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.localstack.StackSettings;
import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.SubjectKeyDeriver;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The running stack as its users reach it: HTTP with real Keycloak tokens of the demo users and
 * integration clients, the mail reader, and the call-center platform's transcript stream.
 */
public final class StackClient implements AutoCloseable {
    public static final String DEMO_PASSWORD = "frontline";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackSettings settings;
    /** Tokens live fifteen minutes; one is reused for a minute, so polling does not ask Keycloak every time. */
    private final Map<Map<String, String>, CachedToken> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private KafkaProducer<String, String> producer;

    /** An HTTP answer: status and JSON body (a text node when the body is not JSON). */
    public record Answer(int status, JsonNode body) {
        public Answer expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    /** A mail as the reader shows it. */
    public record Mail(List<String> to, String subject, String text) {
        public boolean isTo(String address) {
            return to.stream().anyMatch(t -> t.toLowerCase().contains(address.toLowerCase()));
        }
    }

    public StackClient(StackSettings settings) {
        this.settings = settings;
    }

    public StackSettings settings() {
        return settings;
    }

    /** The access token of a demo user (password "frontline") through the public frontline-app client. */
    public String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", "frontline-app", "username", username,
                "password", DEMO_PASSWORD, "scope", "openid"));
    }

    /** The access token of an integration client (demo secret = client id + "-secret"). */
    public String clientToken(String clientId) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret"));
    }

    public Answer get(String service, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(settings.serviceUrl(service) + path))
                .header("Accept", "application/json").GET(), token);
    }

    /** A GET without a token but with one header, e.g. a tracking secret. */
    public Answer getWithHeader(String service, String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(settings.serviceUrl(service) + path))
                .header("Accept", "application/json").header(header, value).GET(), null);
    }

    public Answer post(String service, String path, String token, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(settings.serviceUrl(service) + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer put(String service, String path, String token, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(settings.serviceUrl(service) + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every mail the stack's SMTP server received. */
    public List<Mail> mails() {
        JsonNode all = read(HttpRequest.newBuilder(URI.create(settings.mailReaderUrl() + "/mails")).GET()).body();
        List<Mail> mails = new ArrayList<>();
        for (JsonNode mail : all) {
            List<String> to = new ArrayList<>();
            mail.path("to").forEach(t -> to.add(t.asText()));
            mails.add(new Mail(to, mail.path("subject").asText(""), mail.path("text").asText("")));
        }
        return mails;
    }

    /** Waits for a mail to {@code address} that matches; fails after {@code timeout}. */
    public Mail awaitMail(String address, Predicate<Mail> matches, Duration timeout, String what) {
        return await(timeout, what + " (a mail to " + address + ")",
                () -> mails().stream().filter(m -> m.isTo(address)).filter(matches).findFirst());
    }

    /** Publishes one record, as the call-center platform does, and waits until the broker has it. */
    public void publish(String topic, String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** The subject key every service derives from this identifier (the chain's secret, default country NL). */
    public String subjectKey(IdentifierKind kind, String identifier) {
        return new SubjectKeyDeriver(settings.subjectKeySecret().getBytes(StandardCharsets.UTF_8), "NL")
                .derive(kind, identifier).value();
    }

    /** Polls {@code probe} every 200 ms until it gives a value; fails after {@code timeout} naming {@code what}. */
    public static <T> T await(Duration timeout, String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not seen within " + timeout.toSeconds() + " s: " + what
                        + (last == null ? "" : " (last error: " + last.getMessage() + ")"));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private record CachedToken(String token, long fetchedAt) {
    }

    private String token(Map<String, String> form) {
        CachedToken cached = tokens.get(form);
        if (cached != null && System.currentTimeMillis() - cached.fetchedAt() < 60_000) {
            return cached.token();
        }
        String token = fetchToken(form);
        tokens.put(form, new CachedToken(token, System.currentTimeMillis()));
        return token;
    }

    private String fetchToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Answer answer = read(HttpRequest.newBuilder(URI.create(settings.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        answer.expect(200);
        return answer.body().get("access_token").asText();
    }

    private Answer send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return read(request);
    }

    private Answer read(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                body = JSON.getNodeFactory().textNode(response.body());
            }
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
