package io.frontline.notification.application.domain.model.escalation;

import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.platform.domain.BusinessCalendar;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Region;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationTest {
    private static final Instant T0 = Instant.parse("2026-11-20T22:00:00Z");
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    /** The default critical policy: site manager at once, regional after 5 min, HQ after 10 more; two repeats. */
    private static final EscalationPolicy CRITICAL = new EscalationPolicy("critical", Severity.CRITICAL, Set.of(),
            List.of(new PolicyLevel(List.of(Responder.SITE_MANAGER), Duration.ofMinutes(5)),
                    new PolicyLevel(List.of(Responder.REGIONAL_MANAGER), Duration.ofMinutes(10)),
                    new PolicyLevel(List.of(Responder.HQ_SAFETY), Duration.ofMinutes(10))), 2);

    private final Organisation organisation = new Organisation("chain", "Chain", "NL",
            List.of(new Region("north", "Noord"), new Region("south", "Zuid")),
            List.of(site("ams", "north"), site("unmanaged", "south")));
    private final Directory directory = new Directory(List.of(
            person("sanne", "site-manager", Set.of("ams"), Set.of()),
            person("noor", "regional-manager", Set.of(), Set.of("north")),
            person("henk", "hq-safety", Set.of(), Set.of()),
            person("hanna", "hr", Set.of(), Set.of())));
    private final LevelAudience audience = new LevelAudience(directory, organisation);

    @Test
    void a_critical_event_tells_the_site_manager_at_once() {
        Escalation escalation = Escalation.start(UUID.randomUUID(), event("ams", Severity.CRITICAL), CRITICAL, T0);

        List<EscalationStep> steps = advance(escalation, T0);

        assertThat(steps).extracting(EscalationStep::recipients).containsExactly(List.of("sanne"));
        assertThat(escalation.nextDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void level_two_is_due_at_five_minutes_not_a_second_earlier_and_level_three_at_fifteen() {
        Escalation escalation = Escalation.start(UUID.randomUUID(), event("ams", Severity.CRITICAL), CRITICAL, T0);
        advance(escalation, T0);

        assertThat(escalation.isDue(T0.plus(Duration.ofSeconds(4 * 60 + 59)))).isFalse();
        assertThat(escalation.isDue(T0.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(advance(escalation, T0.plus(Duration.ofMinutes(5))))
                .extracting(EscalationStep::recipients).containsExactly(List.of("noor"));

        assertThat(escalation.isDue(T0.plus(Duration.ofSeconds(14 * 60 + 59)))).isFalse();
        assertThat(escalation.isDue(T0.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(advance(escalation, T0.plus(Duration.ofMinutes(15))))
                .extracting(EscalationStep::recipients).containsExactly(List.of("henk"));
    }

    @Test
    void after_the_last_level_the_rounds_repeat_up_to_the_limit_then_the_escalation_is_exhausted() {
        Escalation escalation = Escalation.start(UUID.randomUUID(), event("ams", Severity.CRITICAL), CRITICAL, T0);
        Instant now = T0;
        List<EscalationStep> told = new ArrayList<>(advance(escalation, now));
        while (escalation.status() == EscalationStatus.OPEN) {
            now = escalation.nextDueAt();
            told.addAll(advance(escalation, now));
        }

        // 3 rounds (the first and 2 repeats) of 3 levels, each 25 minutes; exhausted when HQ's last wait is over.
        assertThat(told).extracting(s -> s.round() + "/" + s.level() + ":" + s.recipients())
                .containsExactly("1/1:[sanne]", "1/2:[noor]", "1/3:[henk]",
                        "2/1:[sanne]", "2/2:[noor]", "2/3:[henk]",
                        "3/1:[sanne]", "3/2:[noor]", "3/3:[henk]");
        assertThat(escalation.status()).isEqualTo(EscalationStatus.EXHAUSTED);
        assertThat(now).isEqualTo(T0.plus(Duration.ofMinutes(75)));
        assertThat(escalation.isDue(now.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void a_level_with_nobody_is_skipped_at_once_and_recorded() {
        Escalation escalation = Escalation.start(UUID.randomUUID(), event("unmanaged", Severity.CRITICAL), CRITICAL, T0);

        List<EscalationStep> steps = advance(escalation, T0);

        // The site has no manager and its region none either: straight to HQ safety, both skips on record.
        assertThat(steps).extracting(s -> s.level() + ":" + s.skipped()).containsExactly("1:true", "2:true", "3:false");
        assertThat(steps.get(2).recipients()).containsExactly("henk");
        assertThat(escalation.steps()).hasSize(3);
        assertThat(escalation.nextDueAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void a_policy_whose_levels_all_have_nobody_is_exhausted_at_once() {
        EscalationPolicy managersOnly = new EscalationPolicy("managers", Severity.HIGH, Set.of(),
                List.of(new PolicyLevel(List.of(Responder.SITE_MANAGER, Responder.REGIONAL_MANAGER),
                        Duration.ofMinutes(5))), 3);
        Escalation escalation = Escalation.start(UUID.randomUUID(), event("unmanaged", Severity.HIGH), managersOnly, T0);

        List<EscalationStep> steps = advance(escalation, T0, managersOnly);

        assertThat(steps).hasSize(4).allMatch(EscalationStep::skipped);
        assertThat(escalation.status()).isEqualTo(EscalationStatus.EXHAUSTED);
    }

    @Test
    void hr_is_a_level_too() {
        EscalationPolicy hr = new EscalationPolicy("hr", Severity.LOW, Set.of("frontline.procedure.term-missed.v1"),
                List.of(new PolicyLevel(List.of(Responder.HR, Responder.HQ_SAFETY), Duration.ofHours(1))), 0);
        assertThat(audience.of(hr.level(1), null)).containsExactly("hanna", "henk");
    }

    @Test
    void acknowledgement_stops_every_further_level_and_counts_only_once() {
        Escalation escalation = Escalation.start(UUID.randomUUID(), event("ams", Severity.CRITICAL), CRITICAL, T0);
        advance(escalation, T0);

        escalation.acknowledge("sanne", AcknowledgementChannel.LINK, T0.plus(Duration.ofMinutes(2)));

        assertThat(escalation.status()).isEqualTo(EscalationStatus.ACKNOWLEDGED);
        assertThat(escalation.isDue(T0.plus(Duration.ofHours(5)))).isFalse();
        assertThat(escalation.acknowledgedBy()).isEqualTo("sanne");
        assertThat(escalation.acknowledgedVia()).isEqualTo(AcknowledgementChannel.LINK);
        assertThatThrownBy(() -> escalation.acknowledge("noor", AcknowledgementChannel.API, T0.plus(Duration.ofMinutes(3))))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> advance(escalation, T0.plus(Duration.ofMinutes(5))))
                .isInstanceOf(IllegalTransition.class);
        assertThat(escalation.acknowledgedBy()).isEqualTo("sanne");
    }

    @Test
    void a_policy_covers_events_from_its_minimum_severity_and_only_its_event_types() {
        EscalationPolicy incidentsOnly = new EscalationPolicy("incidents", Severity.HIGH,
                Set.of("frontline.incident.reported.v1"), CRITICAL.levels(), 0);
        EscalationPolicies policies = new EscalationPolicies(List.of(CRITICAL, incidentsOnly));

        assertThat(policies.policyFor(event("ams", Severity.CRITICAL))).map(EscalationPolicy::name).contains("critical");
        assertThat(policies.policyFor(event("ams", Severity.HIGH))).map(EscalationPolicy::name).contains("incidents");
        assertThat(policies.policyFor(event("ams", Severity.MEDIUM))).isEmpty();
        RoutedEvent highComplaint = new RoutedEvent(UUID.randomUUID(), "frontline.complaint.received.v1",
                Severity.HIGH, "ams", "CMP-2026-000001", T0, Map.of());
        assertThat(policies.policyFor(highComplaint)).isEmpty();
    }

    private List<EscalationStep> advance(Escalation escalation, Instant now) {
        return advance(escalation, now, CRITICAL);
    }

    private List<EscalationStep> advance(Escalation escalation, Instant now, EscalationPolicy policy) {
        return escalation.advance(policy, level -> audience.of(level, escalation.siteId()), now);
    }

    private static RoutedEvent event(String siteId, Severity severity) {
        return new RoutedEvent(UUID.randomUUID(), "frontline.incident.reported.v1", severity, siteId, "INC-2026-000042",
                T0, Map.of());
    }

    private static Site site(String id, String region) {
        return new Site(id, id, SiteType.BRANCH, region, AMS,
                BusinessCalendar.MONDAY_TO_FRIDAY, List.of());
    }

    private static Recipient person(String id, String role, Set<String> sites, Set<String> regions) {
        return new Recipient(id, id, id + "@example.org", Language.EN, AMS, Set.of(role), sites, regions);
    }
}
