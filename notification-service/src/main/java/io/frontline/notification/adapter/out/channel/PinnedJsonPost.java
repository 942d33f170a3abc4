package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.port.out.SendFailed;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PfxOptions;
import io.vertx.core.net.SocketAddress;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A signed JSON post to a webhook, connected to the address {@link WebhookTargets} checked — never to one looked up
 * again. The JDK's client resolves a URL's host itself when it connects, so a name answered with a public address
 * for the check and an internal one a moment later (DNS rebinding, a zero TTL) would have led inside. Vert.x's client
 * takes the server's address apart from the request's host: the connection goes to the address checked, while the
 * Host header, the TLS server name (SNI) and the certificate's host check use the URL's name. No redirect is
 * followed. Trust is the JVM's, or only the receivers' own CA when a trust store is configured.
 */
final class PinnedJsonPost {
    private final HttpClient client;
    private final Duration connectTimeout;

    PinnedJsonPost(Vertx vertx, Duration connectTimeout, Optional<String> trustStore, Optional<String> trustStorePassword) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setVerifyHost(true)
                .setTrustAll(false)
                .setMaxRedirects(0)
                .setKeepAlive(false)
                // No trace context to a receiver outside: the send's span is the channel's (StoredTraces), not Vert.x's
                .setTracingPolicy(io.vertx.core.tracing.TracingPolicy.IGNORE);
        trustStore.filter(path -> !path.isBlank()).ifPresent(path -> options.setTrustOptions(
                new PfxOptions().setPath(path).setPassword(trustStorePassword.orElse(""))));
        this.client = vertx.createHttpClient(options);
        this.connectTimeout = connectTimeout;
    }

    /**
     * {@code timeout}: how long the receiver may stay silent once connected (the connection, TLS included, has the
     * connect timeout). {@code channel} names the receiver in a failure; the failure never carries the body, the path
     * or the query.
     */
    void send(WebhookTargets.Target target, Map<String, String> headers, String payload, Duration timeout,
              String channel) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setURI(target.pathAndQuery())
                .setSsl("https".equalsIgnoreCase(target.uri().getScheme()))
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json");
        headers.forEach(request::putHeader);
        int status;
        try {
            status = client.request(request)
                    .compose(r -> r.send(Buffer.buffer(payload)))
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .toCompletionStage().toCompletableFuture()
                    .get(connectTimeout.toMillis() + 2 * timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SendFailed(channel + ": " + cause.getClass().getSimpleName(), cause);
        } catch (TimeoutException e) {
            throw new SendFailed(channel + ": no answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailed(channel + ": interrupted", e);
        }
        if (status / 100 != 2) {
            throw new SendFailed(channel + " answered " + status);
        }
    }

    void close() {
        client.close();
    }
}
