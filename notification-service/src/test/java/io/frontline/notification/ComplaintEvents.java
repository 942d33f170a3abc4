package io.frontline.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;

/**
 * Events on {@code complaints.events} for tests, built from the platform's contract sample with fresh
 * ids, so that tests do not see each other's events.
 */
public final class ComplaintEvents {
    private static final AtomicBoolean CONSUMER_READY = new AtomicBoolean();

    /** One published event: its record key (the complaint id), its event id, its reference and the record. */
    public record Event(String key, UUID eventId, String reference, String json) {
    }

    private ComplaintEvents() {
    }

    public static TopicClient topics() {
        return new TopicClient(KafkaServer.shared().bootstrapServers());
    }

    /** A {@code frontline.complaint.received.v1} at the site with a fresh complaint, event id and reference. */
    public static Event received(String siteId) {
        return received(siteId, UUID.randomUUID().toString(), freshReference());
    }

    /** As {@link #received(String)}, for the given complaint (= record key) and reference. */
    public static Event received(String siteId, String complaintId, String reference) {
        ObjectNode envelope = sample();
        UUID eventId = UUID.randomUUID();
        envelope.put("id", eventId.toString());
        envelope.put("subject", complaintId);
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("complaintId", complaintId);
        data.put("reference", reference);
        data.put("siteId", siteId);
        return new Event(complaintId, eventId, reference, envelope.toString());
    }

    /** An event of a type this service does not act on, about the given complaint (= record key). */
    public static Event otherType(String complaintId) {
        ObjectNode envelope = sample();
        UUID eventId = UUID.randomUUID();
        envelope.put("id", eventId.toString());
        envelope.put("type", "frontline.test.sentinel.v1");
        envelope.put("subject", complaintId);
        return new Event(complaintId, eventId, null, envelope.toString());
    }

    /** As {@link #otherType(String)}, as an {@link Events.Event} on complaints.events. */
    public static Events.Event otherTypeEvent(String complaintId) {
        Event other = otherType(complaintId);
        return new Events.Event(Topics.COMPLAINTS, other.key(), other.eventId(), other.json());
    }

    public static void publish(Event event) {
        topics().publish(Topics.COMPLAINTS, event.key(), event.json());
    }

    /** Whether the service recorded the event as handled (the platform inbox's table). */
    public static boolean handled(DataSource dataSource, UUID eventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM frontline_processed_event WHERE event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits once per test run until the consumer has joined its group and handles events, so that the
     * time limits of the tests measure handling, not the first partition assignment.
     */
    public static void awaitConsumerReady(DataSource dataSource) {
        if (CONSUMER_READY.get()) {
            return;
        }
        Event ping = otherType(UUID.randomUUID().toString());
        publish(ping);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> handled(dataSource, ping.eventId()));
        CONSUMER_READY.set(true);
    }

    private static String freshReference() {
        return String.format("CMP-2026-%06d", ThreadLocalRandom.current().nextInt(200_000, 1_000_000));
    }

    private static ObjectNode sample() {
        try {
            return (ObjectNode) EventCodec.mapper().readTree(EventContracts.sample(ComplaintEventTypes.RECEIVED_V1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
