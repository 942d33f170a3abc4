package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.port.out.SendFailed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The one way Frontline posts to a receiver outside: JSON, signed with HMAC-SHA256 over timestamp and body
 * ({@link WebhookChannel#sign}), with the timestamp and event id as headers; any answer but 2xx fails the send so
 * that it is retried. The SMS gateway (an address the operator configures) is posted to through it; webhooks (addresses
 * a person types into the directory) through {@link PinnedJsonPost}, with the same headers.
 */
final class SignedJsonPost {
    private SignedJsonPost() {
    }

    /** The signature, its timestamp and the event id: the headers a receiver checks (webhooks and the SMS gateway). */
    static java.util.Map<String, String> signatureHeaders(String secret, String timestamp, String eventId,
                                                          String payload) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put(WebhookChannel.SIGNATURE, "sha256=" + WebhookChannel.sign(secret, timestamp, payload));
        headers.put(WebhookChannel.TIMESTAMP, timestamp);
        headers.put(WebhookChannel.EVENT_ID, eventId);
        return headers;
    }

    /** {@code channel} names the receiver in a failure; the failure never carries the body (it may hold a number). */
    static void send(HttpClient http, String url, String secret, String timestamp, Duration timeout, String eventId,
                     String payload, String channel) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json");
        signatureHeaders(secret, timestamp, eventId, payload).forEach(builder::header);
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new SendFailed(channel + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailed(channel + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SendFailed(channel + " answered " + response.statusCode());
        }
    }
}
