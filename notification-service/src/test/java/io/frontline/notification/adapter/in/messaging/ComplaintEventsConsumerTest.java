package io.frontline.notification.adapter.in.messaging;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.ComplaintEvents.Event;
import io.frontline.notification.Inboxes;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.notification.Inboxes.unreadCount;
import static io.frontline.notification.Inboxes.withReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class ComplaintEventsConsumerTest {
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void a_received_complaint_reaches_the_inbox_of_the_site_manager_once_and_nobody_elses() {
        String complaintId = UUID.randomUUID().toString();
        Event received = ComplaintEvents.received("ams-centrum", complaintId, "CMP-2026-000123");

        ComplaintEvents.publish(received);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(withReference("sanne.manager", "CMP-2026-000123")).hasSize(1));
        Map<String, Object> entry = withReference("sanne.manager", "CMP-2026-000123").get(0);
        assertThat(entry).containsEntry("eventId", received.eventId().toString())
                .containsEntry("eventType", ComplaintEventTypes.RECEIVED_V1)
                .containsEntry("title", "Nieuwe klacht CMP-2026-000123 bij Amsterdam Centrum")
                .containsEntry("siteId", "ams-centrum")
                .containsEntry("subjectId", complaintId)
                .containsEntry("dueDate", "2026-11-16")
                .containsEntry("read", false)
                .containsKeys("id", "createdAt");
        assertThat(unreadCount("sanne.manager")).isEqualTo(1);

        // The same record again (same event id), then a later event on the same key, hence the same
        // partition: once the later one is handled, the redelivery has been handled before it.
        ComplaintEvents.publish(received);
        Event later = ComplaintEvents.otherType(complaintId);
        ComplaintEvents.publish(later);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> ComplaintEvents.handled(dataSource, later.eventId()));

        assertThat(withReference("sanne.manager", "CMP-2026-000123")).hasSize(1);
        assertThat(unreadCount("sanne.manager")).isEqualTo(1);
        // Recognised as handled, not refused by the database and dead-lettered.
        assertThat(ComplaintEvents.topics().await(Topics.deadLetter(Topics.COMPLAINTS),
                r -> complaintId.equals(r.key()), 1, Duration.ofSeconds(2))).isEmpty();
        // Another site's manager, and the regional manager of a site that has its own manager, hear nothing.
        assertThat(withReference("bram.manager", "CMP-2026-000123")).isEmpty();
        assertThat(withReference("noor.regional", "CMP-2026-000123")).isEmpty();
    }

    @Test
    void a_complainants_request_for_escalation_reaches_the_site_manager_of_the_complaints_site() {
        String reference = io.frontline.notification.Events.reference("CMP");
        io.frontline.notification.Events.of(ComplaintEventTypes.ESCALATION_REQUESTED_V1,
                d -> d.put("siteId", "utr-centraal").put("reference", reference)
                        .put("complaintId", UUID.randomUUID().toString()).put("level", "external-committee"))
                .publish();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(withReference("bram.manager", reference)).hasSize(1));
        assertThat(withReference("bram.manager", reference).get(0))
                .containsEntry("eventType", ComplaintEventTypes.ESCALATION_REQUESTED_V1)
                .containsEntry("siteId", "utr-centraal");
        assertThat((String) withReference("bram.manager", reference).get(0).get("title"))
                .contains(reference, "external-committee");
        assertThat(withReference("sanne.manager", reference)).isEmpty();
    }

    @Test
    void an_event_type_without_a_notification_is_recorded_as_handled_and_notifies_nobody() {
        Event other = ComplaintEvents.otherType(UUID.randomUUID().toString());

        ComplaintEvents.publish(other);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> ComplaintEvents.handled(dataSource, other.eventId()));
        // The record carries the sample's site ams-centrum; its manager still hears nothing of it.
        List<Map<String, Object>> sanne = Inboxes.entries("sanne.manager", false);
        assertThat(sanne).noneMatch(e -> other.eventId().toString().equals(e.get("eventId")));
    }
}
