package io.frontline.notification.adapter.out.channel;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through the running service: a webhook typed into the directory that points inside (loopback by address, the
 * cloud metadata service) is refused at send time, and a receiver that redirects is not followed.
 */
@QuarkusTest
class WebhookTargetDeliveryTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    private static Map<String, Object> webhookDeliveryFor(String person, String webhookUrl) {
        People.add("""
                {"id": "%s", "name": "Hook Person", "email": "%s@demo-retail.example",
                 "webhookUrl": "%s", "language": "en", "timeZone": "Europe/Amsterdam",
                 "roles": ["hq-safety"], "sites": [], "regions": []}
                """.formatted(person, person, webhookUrl));
        String reference = Events.reference("INC");
        Event escalated = Events.of(IncidentEventTypes.ESCALATED_V1, d -> d.put("siteId", "ein-centrum")
                .put("reference", reference).put("severity", "critical")).publish();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Map<String, Object> d = Deliveries.ofEvent(escalated.eventId(), person, "webhook");
            return d != null && d.get("lastError") != null || d != null && "sent".equals(d.get("status"));
        });
        return Deliveries.ofEvent(escalated.eventId(), person, "webhook");
    }

    @Test
    void a_webhook_to_a_loopback_address_is_refused_and_nothing_is_posted() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        // The same receiver, by address instead of the one name dev and tests allow
        String url = receiver.url("/hooks/loopback").replace("localhost", "127.0.0.1");
        Map<String, Object> delivery = webhookDeliveryFor("lena.loopback", url);
        assertThat(delivery.get("status")).isNotEqualTo("sent");
        assertThat((String) delivery.get("lastError")).contains("internal address");
        assertThat(receiver.callsTo("/hooks/loopback")).isEmpty();
    }

    @Test
    void a_webhook_to_the_cloud_metadata_service_is_refused() {
        Map<String, Object> delivery = webhookDeliveryFor("mila.metadata", "http://169.254.169.254/latest/meta-data/");
        assertThat(delivery.get("status")).isNotEqualTo("sent");
        assertThat((String) delivery.get("lastError")).contains("internal address").contains("169.254.169.254");
    }

    @Test
    void a_receiver_that_redirects_is_not_followed() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        Map<String, Object> delivery = webhookDeliveryFor("rik.redirect", receiver.url("/redirect"));
        assertThat(delivery.get("status")).isNotEqualTo("sent");
        assertThat((String) delivery.get("lastError")).contains("307");
        assertThat(receiver.callsTo("/redirect")).isNotEmpty();
        assertThat(receiver.callsTo("/hooks/after-redirect")).isEmpty();
    }
}
