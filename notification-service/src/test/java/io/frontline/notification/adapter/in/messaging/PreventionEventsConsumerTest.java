package io.frontline.notification.adapter.in.messaging;

import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.platform.events.prevention.PreventionEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.notification.Inboxes.entries;
import static io.frontline.notification.Inboxes.withReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * prevention-service's events reach the right people: a new policy version everyone (to read and acknowledge it),
 * overdue training the person and their site's manager, a business partner's report about our staff HR only.
 */
@QuarkusTest
class PreventionEventsConsumerTest {
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void a_new_policy_version_asks_everyone_in_their_inbox() {
        Event published = Events.of(PreventionEventTypes.POLICY_PUBLISHED_V1,
                d -> d.put("policyId", UUID.randomUUID().toString()).put("version", 7)).publish();
        for (String person : List.of("emma.staff", "lotte.agent", "hanna.hr", "ada.admin")) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> withEvent(person, published).size() == 1);
        }
        assertThat(withEvent("daan.staff", published).get(0).get("title"))
                .isEqualTo("Nieuwe versie van een bedrijfsbeleid van kracht: lees en bevestig het");
    }

    @Test
    void overdue_training_reaches_the_person_and_their_site_manager_only() {
        Event overdue = Events.of(PreventionEventTypes.TRAINING_OVERDUE_V1,
                d -> d.put("courseId", UUID.randomUUID().toString()).put("userId", "daan.staff")
                        .put("siteId", "utr-centraal")).publish();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> withEvent("daan.staff", overdue).size() == 1 && withEvent("bram.manager", overdue).size() == 1);
        assertThat(withEvent("emma.staff", overdue)).isEmpty();
        assertThat(withEvent("sanne.manager", overdue)).isEmpty();
    }

    @Test
    void a_business_partners_report_reaches_hr_and_not_the_sites_manager() {
        String reference = String.format("PRT-2026-%06d", (int) (Math.random() * 900_000) + 100_000);
        Events.of(PreventionEventTypes.PARTNER_REPORT_RECEIVED_V1,
                d -> d.put("reportId", UUID.randomUUID().toString()).put("reference", reference)).publish();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> withReference("hanna.hr", reference).size() == 1);
        assertThat(withReference("bram.manager", reference)).isEmpty();
        assertThat(withReference("henk.hq", reference)).isEmpty();
    }

    private static List<Map<String, Object>> withEvent(String username, Event event) {
        return entries(username, false).stream().filter(e -> event.eventId().toString().equals(e.get("eventId")))
                .toList();
    }
}
