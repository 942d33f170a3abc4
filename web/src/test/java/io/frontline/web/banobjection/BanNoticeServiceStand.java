package io.frontline.web.banobjection;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for sanction-service's public ban-notice endpoint, answering as the real service does for one entry ban
 * whose objection was decided: overturned, reason code {@code facts-not-established}, and the decider's own words in
 * Dutch. It answers only with the right secret in {@code X-Tracking-Secret}; anything else is the service's 404. The
 * service's own rule is tested in sanction-service (BanNoticeTest); this checks what the customer's page makes of it.
 */
public final class BanNoticeServiceStand implements QuarkusTestProfile {
    static final String REFERENCE = "BN-7K4M-Q9RT";
    static final String SECRET = "s3cr3t-of-the-notice";
    static final String DECIDER_WORDS = "De camerabeelden tonen een andere persoon";
    private static HttpServer server;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.sanction-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                boolean known = "GET".equals(exchange.getRequestMethod())
                        && exchange.getRequestURI().getPath().equals("/api/public/ban-notices/" + REFERENCE)
                        && SECRET.equals(exchange.getRequestHeaders().getFirst("X-Tracking-Secret"));
                String answer = known ? decided()
                        : "{\"type\":\"https://frontline.example/problems/not-found\",\"status\":404}";
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type",
                        known ? "application/json" : "application/problem+json");
                exchange.sendResponseHeaders(known ? 200 : 404, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }
        return server.getAddress().getPort();
    }

    private static String decided() {
        return "{\"reference\":\"" + REFERENCE + "\",\"measureType\":\"entry-ban\",\"status\":\"lifted\","
                + "\"siteId\":\"ams-centrum\",\"coverage\":\"sites\",\"siteIds\":[\"ams-centrum\"],\"regionId\":null,"
                + "\"channels\":[],\"alternativeChannel\":null,\"startsAt\":\"2026-11-20T10:00:00Z\","
                + "\"until\":\"2027-02-20T10:00:00Z\",\"endedAt\":\"2026-11-28T09:00:00Z\","
                + "\"objectionDeadline\":\"2026-12-04T23:00:00Z\",\"objectionOpen\":false,"
                + "\"objection\":{\"filedAt\":\"2026-11-21T09:00:00Z\",\"decisionDue\":\"2026-12-05T23:00:00Z\","
                + "\"late\":false,\"outcome\":\"overturned\",\"reasonCode\":\"facts-not-established\","
                + "\"decidedAt\":\"2026-11-28T09:00:00Z\",\"decisionReason\":\"" + DECIDER_WORDS + "\"}}";
    }
}
