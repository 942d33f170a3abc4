package io.frontline.notification.adapter.out.channel.outage;

import com.icegreen.greenmail.util.GreenMail;
import io.agroal.api.AgroalDataSource;
import io.frontline.notification.QuietSystem;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.notification.Inboxes;
import io.frontline.notification.Mails;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.testing.Metrics;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.infra.GreenMailResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops and restarts the shared SMTP server, after which its first sessions can stall: kept in a package of
 * its own so that it runs after the other mail tests (they run in class-name order).
 */
@QuarkusTest
class FailingSmtpTest {
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
        QuietSystem.settle(dataSource);
    }

    /**
     * SMTP back, and the mail path proven to work before the next test: the first connection after a restart
     * can hang until the mailer's timeout, and its retry waits for a clock that only moves when told to.
     */
    @AfterEach
    void smtpAndClockBack() {
        GreenMail smtp = GreenMailResource.server();
        if (!smtp.isRunning()) {
            smtp.start();
        }
        String probe = Events.reference("CMP");
        Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal").put("reference", probe)).publish();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            MutableClock.shared().advance(Duration.ofMinutes(1));
            return Mails.to("bram.manager@demo-retail.example").stream().anyMatch(m -> m.subject().contains(probe));
        });
        MutableClock.shared().reset();
    }

    @Test
    void a_mail_is_retried_with_back_off_while_smtp_is_down_and_arrives_when_it_is_back() {
        double sent = deliveries("sent");
        double retrying = deliveries("retrying");
        GreenMailResource.server().stop();
        String reference = Events.reference("CMP");
        Event received = Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal")
                .put("reference", reference)).publish();

        Map<String, Object> first = awaitAttempts(received, "bram.manager", 1);
        assertThat(first).containsEntry("status", "retrying");
        assertThat(first.get("lastError")).asString().contains("SMTP").doesNotContain("@");
        assertThat(Instant.parse((String) first.get("nextAttemptAt")))
                .isBetween(MutableClock.shared().instant().plusSeconds(4), MutableClock.shared().instant().plusSeconds(5));
        // Not before the back-off has passed.
        MutableClock.shared().advance(Duration.ofSeconds(5));
        Map<String, Object> second = awaitAttempts(received, "bram.manager", 2);
        assertThat(Instant.parse((String) second.get("nextAttemptAt")))
                .isAfter(MutableClock.shared().instant().plusSeconds(9));

        GreenMailResource.server().start();
        MutableClock.shared().advance(Duration.ofSeconds(10));

        Mails.await("bram.manager@demo-retail.example", m -> m.subject().contains(reference), 1);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Deliveries.ofEvent(received.eventId(), "bram.manager", "email"))
                        .containsEntry("status", "sent"));
        assertThat(deliveries("retrying")).as("frontline_deliveries_total, retrying").isGreaterThanOrEqualTo(retrying + 2);
        assertThat(deliveries("sent")).as("frontline_deliveries_total, sent").isGreaterThanOrEqualTo(sent + 1);
    }

    @Test
    void a_mail_that_keeps_failing_is_recorded_failed_published_and_reported_to_the_administrators() {
        double failedBefore = deliveries("failed");
        GreenMailResource.server().stop();
        String reference = Events.reference("CMP");
        Event received = Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "ein-centrum")
                .put("reference", reference)).publish();

        long[] backOff = {5, 10, 20, 40};
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(awaitAttempts(received, "fleur.manager", attempt)).containsEntry("status", "retrying");
            MutableClock.shared().advance(Duration.ofSeconds(backOff[attempt - 1]));
        }
        Map<String, Object> failed = awaitAttempts(received, "fleur.manager", 5);
        assertThat(failed).containsEntry("status", "failed");
        String deliveryId = (String) failed.get("id");

        List<ConsumerRecord<String, String>> events = ComplaintEvents.topics().await(Topics.NOTIFICATIONS,
                r -> r.value().contains(deliveryId), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).key()).isEqualTo(deliveryId);
        assertThat(events.get(0).value()).contains("\"type\":\"frontline.notification.delivery-failed.v1\"",
                "\"recipientId\":\"fleur.manager\"", "\"channel\":\"email\"", "\"attempts\":5",
                "\"eventId\":\"" + received.eventId() + "\"").doesNotContain("@");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Inboxes.withReference("ada.admin", reference))
                        .anyMatch(e -> "frontline.notification.delivery-failed.v1".equals(e.get("eventType"))
                                && ((String) e.get("title")).contains("fleur.manager")));
        assertThat(Inboxes.withReference("henk.hq", reference))
                .anyMatch(e -> "frontline.notification.delivery-failed.v1".equals(e.get("eventType")));
        assertThat(deliveries("failed")).as("frontline_deliveries_total, failed for good (the operator's alert)")
                .isGreaterThanOrEqualTo(failedBefore + 1);
    }

    private static double deliveries(String outcome) {
        return Metrics.value("frontline_deliveries_total", Map.of("channel", "email", "outcome", outcome));
    }

    private static Map<String, Object> awaitAttempts(Event event, String recipient, int attempts) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<String, Object> delivery = Deliveries.ofEvent(event.eventId(), recipient, "email");
            return delivery != null && ((Number) delivery.get("attempts")).intValue() >= attempts;
        });
        return Deliveries.ofEvent(event.eventId(), recipient, "email");
    }
}
