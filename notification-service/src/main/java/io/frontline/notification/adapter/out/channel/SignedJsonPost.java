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
 * that it is retried. Webhooks and the SMS gateway both go through it.
 */
final class SignedJsonPost {
    private SignedJsonPost() {
    }

    /** {@code channel} names the receiver in a failure; the failure never carries the body (it may hold a number). */
    static void send(HttpClient http, String url, String secret, String timestamp, Duration timeout, String eventId,
                     String payload, String channel) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(WebhookChannel.SIGNATURE, "sha256=" + WebhookChannel.sign(secret, timestamp, payload))
                .header(WebhookChannel.TIMESTAMP, timestamp)
                .header(WebhookChannel.EVENT_ID, eventId)
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
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
