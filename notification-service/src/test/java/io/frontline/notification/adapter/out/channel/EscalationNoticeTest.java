package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Inboxes;
import io.frontline.notification.Mails;
import io.frontline.notification.Mails.Mail;
import io.frontline.notification.application.domain.model.EscalationLevelNotice;
import io.frontline.notification.application.domain.model.EscalationLevelNotice.LevelRecipient;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.service.EscalationNotifier;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class EscalationNoticeTest {
    @Inject
    EscalationNotifier notifier;

    @Test
    void a_level_is_told_in_each_persons_language_with_their_own_link_and_only_once() {
        String reference = Events.reference("INC");
        RoutedEvent event = new RoutedEvent(UUID.randomUUID(), IncidentEventTypes.REPORTED_V1, Severity.CRITICAL,
                "utr-centraal", reference, Instant.now(), Map.of("subjectId", "incident-1"));
        EscalationLevelNotice level2 = new EscalationLevelNotice(UUID.randomUUID(), 1, 2, event, List.of(
                new LevelRecipient("noor.regional", "https://frontline.example/ack/noor-token"),
                new LevelRecipient("omar.committee", "https://frontline.example/ack/omar-token")));

        QuarkusTransaction.requiringNew().run(() -> notifier.notifyLevel(level2));
        // The escalation runs again (e.g. a retried job): nothing is sent twice.
        QuarkusTransaction.requiringNew().run(() -> notifier.notifyLevel(level2));

        Mail dutch = Mails.await("noor.regional@demo-retail.example", m -> m.subject().contains(reference), 1).get(0);
        assertThat(dutch.subject()).startsWith("Escalatie niveau 2, ronde 1: Incident " + reference);
        assertThat(dutch.text()).contains("Dit is escalatie niveau 2 (ronde 1)", "https://frontline.example/ack/noor-token")
                .doesNotContain("omar-token");
        Mail english = Mails.await("omar.committee@demo-retail.example", m -> m.subject().contains(reference), 1).get(0);
        assertThat(english.subject()).startsWith("Escalation level 2, round 1: Incident " + reference);
        assertThat(english.html()).contains("https://frontline.example/ack/omar-token");

        assertThat(Inboxes.withReference("noor.regional", reference)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("link", "https://frontline.example/ack/noor-token"));
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(Mails.to("noor.regional@demo-retail.example")).filteredOn(m -> m.subject().contains(reference)).hasSize(1);
        assertThat(Deliveries.ofEvent(event.eventId())).extracting(d -> d.get("deliveryKey"))
                .containsOnly(level2.deliveryKey());
    }
}
