package io.frontline.notification.adapter.out.channel;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.QuietSystem;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.notification.Mails;
import io.frontline.notification.Mails.Mail;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class QuietHoursAndDigestTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String NINA = "nina.night@demo-retail.example";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
        QuietSystem.settle(dataSource);
        People.add("""
                {"id": "nina.night", "name": "Nina Nacht", "email": "%s", "language": "en",
                 "timeZone": "Europe/Amsterdam", "quietHours": {"start": "22:00", "end": "07:00"},
                 "roles": ["regional-manager", "complaint-handler"], "sites": [], "regions": ["south"]}
                """.formatted(NINA));
    }

    @AfterEach
    void clockBack() {
        MutableClock.shared().reset();
    }

    @Test
    void three_low_events_at_night_come_as_one_digest_in_the_morning_while_a_critical_one_goes_at_once() {
        LocalDate tomorrow = LocalDate.now(AMSTERDAM).plusDays(1);
        MutableClock.shared().set(tomorrow.atTime(23, 30).atZone(AMSTERDAM).toInstant());
        List<String> references = List.of(Events.reference("CMP"), Events.reference("CMP"), Events.reference("CMP"));
        List<Event> low = references.stream().map(reference -> Events.of(ComplaintEventTypes.ASSIGNED_V1,
                d -> d.put("siteId", "ein-centrum").put("reference", reference).put("assignee", "nina.night"))
                .publish()).toList();
        String critical = Events.reference("INC");
        Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("siteId", "ein-centrum").put("reference", critical)
                .put("severity", "critical")).publish();

        Mail atOnce = Mails.await(NINA, m -> m.subject().contains(critical), 1).get(0);
        assertThat(atOnce.subject()).isEqualTo("Incident " + critical + " reported at Eindhoven Centrum (critical)");
        for (Event event : low) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(Deliveries.ofEvent(event.eventId(), "nina.night", "email")).containsEntry("status", "held"));
        }
        assertThat(Mails.to(NINA)).noneMatch(m -> references.stream().anyMatch(r -> m.text().contains(r)));

        // 07:00 in her time zone: the quiet hours are over.
        MutableClock.shared().set(tomorrow.plusDays(1).atTime(7, 0, 30).atZone(AMSTERDAM).toInstant());

        List<Mail> digests = Mails.await(NINA, m -> m.subject().startsWith("Frontline: "), 1);
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
        digests = Mails.to(NINA).stream().filter(m -> m.subject().startsWith("Frontline: ")).toList();
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).subject()).isEqualTo("Frontline: 3 notifications from the past hours");
        assertThat(digests.get(0).text()).contains("These notifications arrived during your quiet hours:")
                .contains(references);
        for (Event event : low) {
            Map<String, Object> delivery = Deliveries.ofEvent(event.eventId(), "nina.night", "email");
            assertThat(delivery).containsEntry("status", "sent");
        }
        // Only one mail per notice: the three came in the digest, not on their own as well.
        assertThat(Mails.to(NINA)).filteredOn(m -> references.stream().anyMatch(r -> m.text().contains(r))).hasSize(1);
    }
}
