package io.frontline.notification.adapter.out.channel;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP server standing in for a chat tool or SMS gateway: records every call and answers 204. */
final class WebhookReceiver {
    record Call(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static WebhookReceiver shared;

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(204, -1);
            try (OutputStream ignored = exchange.getResponseBody()) {
                // no body
            }
        });
        // A receiver that sends the caller elsewhere: a webhook must not follow it
        server.createContext("/redirect", exchange -> {
            calls.add(new Call(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), ""));
            exchange.getResponseHeaders().add("Location", url("/hooks/after-redirect"));
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.start();
    }

    /** One receiver for the whole test run: people who got its URL keep it. */
    static synchronized WebhookReceiver shared() {
        if (shared == null) {
            try {
                shared = new WebhookReceiver();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    List<Call> callsTo(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }
}
