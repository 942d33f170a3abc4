package io.frontline.notification.application.domain.model;

import io.frontline.platform.domain.BusinessCalendar;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InboxEntryTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Site AMS = new Site("ams-centrum", "Amsterdam Centrum", SiteType.BRANCH, "north", AMSTERDAM,
            BusinessCalendar.MONDAY_TO_FRIDAY, List.of());
    private static final Recipient SANNE = new Recipient("sanne.manager", "Sanne Visser",
            "sanne.manager@demo-retail.example", Language.NL, AMSTERDAM, Set.of(Roles.SITE_MANAGER),
            Set.of("ams-centrum"), Set.of());
    private static final Instant NOW = Instant.parse("2026-11-02T09:16:00Z");

    @Test
    void a_new_complaint_notice_names_the_reference_and_the_site_and_carries_the_due_date() {
        InboxEntry entry = InboxEntry.newComplaint(SANNE, UUID.randomUUID(), "frontline.complaint.received.v1",
                "6a1e2c7b-3d4f-4b8a-9c0d-1e2f3a4b5c6d", "CMP-2026-000123", AMS, LocalDate.of(2026, 11, 16), NOW);

        assertThat(entry.title()).isEqualTo("New complaint CMP-2026-000123 at Amsterdam Centrum");
        assertThat(entry.recipientId()).isEqualTo("sanne.manager");
        assertThat(entry.siteId()).isEqualTo("ams-centrum");
        assertThat(entry.subjectId()).isEqualTo("6a1e2c7b-3d4f-4b8a-9c0d-1e2f3a4b5c6d");
        assertThat(entry.dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(entry.isRead()).isFalse();
    }

    @Test
    void reading_an_entry_twice_keeps_the_moment_it_was_first_read() {
        InboxEntry entry = InboxEntry.newComplaint(SANNE, UUID.randomUUID(), "frontline.complaint.received.v1",
                "c1", "CMP-2026-000124", AMS, null, NOW);

        entry.markRead(NOW.plusSeconds(60));
        entry.markRead(NOW.plusSeconds(120));

        assertThat(entry.isRead()).isTrue();
        assertThat(entry.readAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
