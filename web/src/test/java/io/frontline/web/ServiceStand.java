package io.frontline.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for one service's HTTP API in the web's own tests, on a free loopback port: each stand says what the
 * service answers to a request ({@link Routes}); the stand writes it as the service does — JSON, or
 * {@code application/problem+json} for a 4xx or 5xx. The services' rules are tested in the services and on the
 * running stack (e2e-tests); a stand checks what a page makes of an answer.
 */
public final class ServiceStand {
    private ServiceStand() {
    }

    /** What the service answers: its status and JSON body. */
    public record Answer(int status, String body) {
        public static Answer ok(String body) {
            return new Answer(200, body);
        }

        public static Answer notFound() {
            return new Answer(404, "{\"type\":\"https://frontline.example/problems/not-found\",\"status\":404}");
        }
    }

    /** A request as the stand sees it; {@code query} is the raw query string, empty when there is none. */
    public record Request(String method, String path, String query, String body, Headers headers) {
        public boolean is(String method, String path) {
            return this.method.equals(method) && this.path.equals(path);
        }

        /** The first value of a query parameter, as sent (not decoded), or null. */
        public String parameter(String name) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
            return null;
        }
    }

    public interface Routes {
        Answer answer(Request request);
    }

    /** Starts a stand answering by {@code routes}; returns its port. */
    public static int start(Routes routes) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query == null ? "" : query, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders());
            Answer answer = routes.answer(request);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    answer.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }
}
