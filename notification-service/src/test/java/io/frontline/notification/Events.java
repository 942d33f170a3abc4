package io.frontline.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/** Events of any contract for tests: the platform's sample with a fresh event id and the data a test sets. */
public final class Events {
    private Events() {
    }

    /** A published (or to be published) event: topic, record key, event id, record. */
    public record Event(String topic, String key, UUID eventId, String json) {
        public Event publish() {
            ComplaintEvents.topics().publish(topic, key, json);
            return this;
        }
    }

    public static Event of(String type, Consumer<ObjectNode> data) {
        ObjectNode envelope;
        try {
            envelope = (ObjectNode) EventCodec.mapper().readTree(EventContracts.sample(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID eventId = UUID.randomUUID();
        envelope.put("id", eventId.toString());
        data.accept((ObjectNode) envelope.get("data"));
        String key = envelope.get("subject").asText();
        return new Event(topicOf(type), key, eventId, envelope.toString());
    }

    public static String reference(String prefix) {
        return String.format("%s-2026-%06d", prefix, ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    private static String topicOf(String type) {
        if (type.startsWith("frontline.complaint.")) {
            return Topics.COMPLAINTS;
        }
        if (type.startsWith("frontline.sanction.")) {
            return Topics.SANCTIONS;
        }
        if (type.startsWith("frontline.prevention.")) {
            return Topics.PREVENTION;
        }
        return Topics.INCIDENTS;
    }
}
