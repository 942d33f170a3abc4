package io.frontline.notification.application.domain.model;

import io.frontline.notification.application.domain.model.Notice.Audience;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InboxEntryTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:16:00Z");

    private static RoutedEvent received() {
        return new RoutedEvent(UUID.randomUUID(), "frontline.complaint.received.v1", Severity.MEDIUM, "ams-centrum",
                "CMP-2026-000123", NOW, Map.of("subjectId", "6a1e2c7b-3d4f-4b8a-9c0d-1e2f3a4b5c6d",
                "responseDue", "2026-11-16"));
    }

    @Test
    void an_entry_carries_the_reference_the_site_the_subject_and_the_due_date_of_its_event() {
        RoutedEvent event = received();
        InboxEntry entry = InboxEntry.of("sanne.manager", Notice.of(event, Audience.STAFF),
                "Nieuwe klacht CMP-2026-000123 bij Amsterdam Centrum", NOW);

        assertThat(entry.recipientId()).isEqualTo("sanne.manager");
        assertThat(entry.deliveryKey()).isEqualTo(event.eventId().toString());
        assertThat(entry.siteId()).isEqualTo("ams-centrum");
        assertThat(entry.reference()).isEqualTo("CMP-2026-000123");
        assertThat(entry.subjectId()).isEqualTo("6a1e2c7b-3d4f-4b8a-9c0d-1e2f3a4b5c6d");
        assertThat(entry.dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(entry.link()).isNull();
        assertThat(entry.isRead()).isFalse();
    }

    @Test
    void an_escalation_level_entry_is_keyed_by_the_level_and_carries_the_acknowledgement_link() {
        RoutedEvent event = received();
        UUID escalation = UUID.randomUUID();
        EscalationLevelNotice level = new EscalationLevelNotice(escalation, 1, 2, event,
                java.util.List.of(new EscalationLevelNotice.LevelRecipient("noor.regional", "https://ack/1")));

        InboxEntry entry = InboxEntry.of("noor.regional", Notice.of(level, "https://ack/1"), "title", NOW);

        assertThat(entry.deliveryKey()).isEqualTo("escalation:" + escalation + ":1:2");
        assertThat(entry.eventId()).isEqualTo(event.eventId());
        assertThat(entry.link()).isEqualTo("https://ack/1");
    }

    @Test
    void reading_an_entry_twice_keeps_the_moment_it_was_first_read() {
        InboxEntry entry = InboxEntry.of("sanne.manager", Notice.of(received(), Audience.STAFF), "t", NOW);

        entry.markRead(NOW.plusSeconds(60));
        entry.markRead(NOW.plusSeconds(120));

        assertThat(entry.isRead()).isTrue();
        assertThat(entry.readAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
