package io.frontline.notification;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local HTTP server standing in for an SMS gateway's adapter: it recomputes the signature with the shared secret,
 * as a real adapter must, answers 202 to a correctly signed message and 401 to anything else, and keeps both.
 */
public class SmsGatewayStub implements QuarkusTestResourceLifecycleManager {
    public static final String SECRET = "local-development-sms-secret";

    /** A message the gateway received, and whether its signature held. */
    public record Message(String body, boolean signatureValid) {
    }

    public static final List<Message> RECEIVED = new CopyOnWriteArrayList<>();

    /**
     * The first correctly signed message whose body contains this text is refused with 503 and the message echoed
     * back in the answer, as a careless gateway might; then it is cleared.
     */
    public static final AtomicReference<String> REFUSE_ONCE = new AtomicReference<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst("X-Frontline-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Frontline-Signature");
            boolean valid = timestamp != null && signature != null && MessageDigest.isEqual(
                    signature.getBytes(StandardCharsets.UTF_8),
                    ("sha256=" + hmac(timestamp + "." + body)).getBytes(StandardCharsets.UTF_8));
            RECEIVED.add(new Message(body, valid));
            String refuse = REFUSE_ONCE.get();
            if (valid && refuse != null && body.contains(refuse) && REFUSE_ONCE.compareAndSet(refuse, null)) {
                byte[] echo = ("{\"error\":\"unavailable\",\"request\":" + body + "}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(503, echo.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(echo);
                }
                return;
            }
            exchange.sendResponseHeaders(valid ? 202 : 401, -1);
            try (OutputStream ignored = exchange.getResponseBody()) {
                // no body
            }
        });
        server.start();
        return Map.of("frontline.notification.sms.gateway-url",
                "http://localhost:" + server.getAddress().getPort() + "/sms");
    }

    private static String hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
