package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.ClaimedDelivery;
import io.frontline.notification.application.domain.model.DeliveriesWaiting;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.domain.model.DeliveryStatus;
import io.frontline.notification.application.domain.model.DueDelivery;
import io.frontline.notification.application.domain.model.GroupingPolicy;
import io.frontline.notification.application.domain.model.InboxEntry;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Notice.Audience;
import io.frontline.notification.application.domain.model.QuietHours;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.port.out.DeliveryPort;
import io.frontline.notification.application.port.out.LoadInboxEntriesPort;
import io.frontline.notification.application.port.out.RenderNoticePort;
import io.frontline.platform.testing.MutableClock;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: when one person would receive more than N routine notices within M minutes, the ones beyond N are
 * gathered into one summary sent when the window closes; high and critical news is never grouped, and quiet hours
 * keep holding news for the morning digest.
 */
class RoutineNewsGroupingTest {
    private static final Instant T0 = Instant.parse("2026-11-02T13:05:00Z");
    private static final GroupingPolicy TEN_IN_FIFTEEN_MINUTES = new GroupingPolicy(10, Duration.ofMinutes(15));
    private static final Recipient SANNE = new Recipient("sanne.manager", "Sanne", "sanne@example.org", Language.NL,
            ZoneId.of("Europe/Amsterdam"), Set.of("site-manager"), Set.of("ams-centrum"), Set.of());

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryDeliveries store = new InMemoryDeliveries();
    private final List<DeliveriesWaiting> wakeUps = new ArrayList<>();
    private final NoticeDeliveries deliveries = new NoticeDeliveries(store, entry -> { }, new NoInbox(),
            new Titles(), clock, TEN_IN_FIFTEEN_MINUTES, new Recording(wakeUps));

    @Test
    void the_eleventh_new_complaint_within_fifteen_minutes_and_those_after_it_wait_for_one_summary() {
        for (int i = 0; i < 14; i++) {
            deliveries.toPerson(SANNE, notice(Severity.MEDIUM), Set.of(Channel.EMAIL));
            clock.advance(Duration.ofMinutes(1));
        }
        List<Delivery> sent = store.of(DeliveryStatus.PENDING);
        List<Delivery> grouped = store.of(DeliveryStatus.HELD);
        assertThat(sent).hasSize(10);
        assertThat(grouped).hasSize(4).allMatch(Delivery::grouped);
        // All four go out together, when the window that the first of them opened closes.
        assertThat(grouped).extracting(Delivery::nextAttemptAt).containsOnly(T0.plus(Duration.ofMinutes(10 + 15)));
        assertThat(wakeUps).hasSize(10).allMatch(w -> w.lane() == DeliveryLane.ROUTINE);
    }

    @Test
    void critical_and_high_news_is_never_grouped_however_much_routine_news_came_before() {
        for (int i = 0; i < 12; i++) {
            deliveries.toPerson(SANNE, notice(Severity.LOW), Set.of(Channel.EMAIL));
        }
        deliveries.toPerson(SANNE, notice(Severity.CRITICAL), Set.of(Channel.EMAIL));
        deliveries.toPerson(SANNE, notice(Severity.HIGH), Set.of(Channel.EMAIL));

        assertThat(store.all.stream().filter(d -> d.notice().severity().bypassesQuietHours()))
                .hasSize(2).allMatch(d -> d.status() == DeliveryStatus.PENDING);
        assertThat(wakeUps).filteredOn(w -> w.lane() == DeliveryLane.URGENT).hasSize(2);
    }

    @Test
    void after_a_quiet_window_routine_news_goes_one_by_one_again() {
        for (int i = 0; i < 11; i++) {
            deliveries.toPerson(SANNE, notice(Severity.MEDIUM), Set.of(Channel.EMAIL));
        }
        clock.advance(Duration.ofMinutes(16));
        deliveries.toPerson(SANNE, notice(Severity.MEDIUM), Set.of(Channel.EMAIL));
        assertThat(store.all.get(store.all.size() - 1).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void in_quiet_hours_routine_news_is_held_for_the_morning_digest_not_for_a_summary() {
        Recipient nina = new Recipient("nina.night", "Nina", "nina@example.org", Language.EN,
                ZoneId.of("Europe/Amsterdam"), Set.of("regional-manager"), Set.of(), Set.of("south"), null,
                new QuietHours(LocalTime.of(12, 0), LocalTime.of(18, 0)));
        for (int i = 0; i < 12; i++) {
            deliveries.toPerson(nina, notice(Severity.MEDIUM), Set.of(Channel.EMAIL));
        }
        assertThat(store.of(DeliveryStatus.HELD)).hasSize(12).noneMatch(Delivery::grouped);
    }

    private static Notice notice(Severity severity) {
        return Notice.of(new RoutedEvent(UUID.randomUUID(), "frontline.complaint.received.v1", severity, "ams-centrum",
                "CMP-2026-000123", T0, Map.of()), Audience.STAFF);
    }

    private static final class InMemoryDeliveries implements DeliveryPort {
        final List<Delivery> all = new ArrayList<>();

        List<Delivery> of(DeliveryStatus status) {
            return all.stream().filter(d -> d.status() == status).toList();
        }

        @Override
        public boolean exists(String deliveryKey, String recipientId, Channel channel) {
            return all.stream().anyMatch(d -> d.deliveryKey().equals(deliveryKey) && d.recipientId().equals(recipientId)
                    && d.channel() == channel);
        }

        @Override
        public void save(Delivery delivery) {
            all.removeIf(d -> d.id().equals(delivery.id()));
            all.add(delivery);
        }

        @Override
        public List<DueDelivery> due(Instant now, DeliveryLane lane, int limit) {
            return List.of();
        }

        @Override
        public long routineSince(String recipientId, Channel channel, Instant since) {
            return all.stream().filter(d -> d.recipientId().equals(recipientId) && d.channel() == channel
                    && !d.createdAt().isBefore(since) && !d.notice().severity().bypassesQuietHours()).count();
        }

        @Override
        public Optional<Instant> heldUntil(String recipientId, Channel channel) {
            return all.stream().filter(d -> d.status() == DeliveryStatus.HELD && d.recipientId().equals(recipientId)
                    && d.channel() == channel).map(Delivery::nextAttemptAt).min(Comparator.naturalOrder());
        }

        @Override
        public Optional<ClaimedDelivery> claim(UUID id, Instant now, Instant leaseUntil) {
            return Optional.empty();
        }

        @Override
        public Optional<Delivery> lockClaimed(UUID id, Instant leaseUntil) {
            return Optional.empty();
        }

        @Override
        public void continueTrace(String trace) {
        }

        @Override
        public List<Delivery> heldDue(Instant now, int limit) {
            return List.of();
        }

        @Override
        public List<Delivery> lockHeld(String recipientId, Channel channel, Instant now) {
            return List.of();
        }

        @Override
        public List<Delivery> find(DeliveryStatus status, UUID eventId, int limit) {
            return List.of();
        }
    }

    private static final class NoInbox implements LoadInboxEntriesPort {
        @Override
        public Optional<InboxEntry> load(UUID entryId) {
            return Optional.empty();
        }

        @Override
        public List<InboxEntry> entriesOf(String recipientId, boolean unreadOnly) {
            return List.of();
        }

        @Override
        public long unreadCountOf(String recipientId) {
            return 0;
        }

        @Override
        public boolean hasEntry(String deliveryKey, String recipientId) {
            return false;
        }
    }

    private static final class Titles implements RenderNoticePort {
        @Override
        public String title(Notice notice, Language language) {
            return notice.eventType();
        }

        @Override
        public String failureTitle(Delivery delivery, Language language) {
            return "failed";
        }
    }

    private record Recording(List<DeliveriesWaiting> fired) implements Event<DeliveriesWaiting> {
        @Override
        public void fire(DeliveriesWaiting event) {
            fired.add(event);
        }

        @Override
        public <U extends DeliveriesWaiting> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DeliveriesWaiting> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<DeliveriesWaiting> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends DeliveriesWaiting> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DeliveriesWaiting> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
