package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.domain.model.RecipientKind;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.RoutingRule;
import io.frontline.notification.application.domain.model.RoutingRules;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.port.in.RouteEventCommand;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.organisation.OrganisationProducer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing with its ports in memory: who is told of an event, fast and without a container. */
class RoutingUseCaseTest {
    private static final Organisation ORGANISATION =
            OrganisationProducer.load("classpath:frontline/local/organisation.yaml");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String REPORTED = "frontline.incident.reported.v1";

    private final List<String> told = new ArrayList<>();
    private final List<RoutedEvent> escalated = new ArrayList<>();
    private final RoutingRules rules = new RoutingRules(List.of(
            new RoutingRule(REPORTED, Severity.LOW, Set.of(), null, List.of(RecipientKind.SITE_MANAGER),
                    Set.of(Channel.IN_APP)),
            new RoutingRule(REPORTED, Severity.HIGH, Set.of(), null, List.of(RecipientKind.HQ_SAFETY),
                    Set.of(Channel.EMAIL))));
    private final Directory directory = new Directory(List.of(
            person("sanne.manager", Roles.SITE_MANAGER, "ams-centrum"),
            person("bram.manager", Roles.SITE_MANAGER, "utr-centraal"),
            person("henk.hq", Roles.HQ_SAFETY, null)));
    private final RoutingService routing = new RoutingService(() -> rules, () -> directory, new Escalations() {
        @Override
        public boolean escalate(RoutedEvent event) {
            escalated.add(event);
            return false;
        }

        @Override
        public int acknowledgeByAction(RoutedEvent event) {
            return 0;
        }
    }, new NoticeDeliveries(null, null, null, null, null, null, null) {
        @Override
        public void toPerson(Recipient recipient, Notice notice, Set<Channel> channels) {
            told.add(recipient.id() + " " + channels);
        }

        @Override
        public void toExternalComplainant(String complaintId, Notice notice) {
            told.add("complainant of " + complaintId);
        }
    }, ORGANISATION);

    @Test
    void an_incident_at_a_branch_is_told_to_that_branchs_manager_only_never_to_another_sites() {
        routing.route(reported("ams-centrum", "medium"));

        assertThat(told).containsExactly("sanne.manager [IN_APP]");
    }

    @Test
    void a_high_severity_incident_also_reaches_hq_safety_by_mail() {
        routing.route(reported("utr-centraal", "high"));

        assertThat(told).containsExactlyInAnyOrder("bram.manager [IN_APP]", "henk.hq [EMAIL]");
        assertThat(escalated).extracting(RoutedEvent::severity).containsExactly(Severity.HIGH);
    }

    private static RouteEventCommand reported(String site, String severity) {
        return new RouteEventCommand(UUID.randomUUID(), REPORTED, severity, site, "INC-2026-000001",
                Instant.parse("2026-11-02T10:00:00Z"), Map.of("incidentId", UUID.randomUUID().toString()));
    }

    private static Recipient person(String id, String role, String site) {
        return new Recipient(id, id, id + "@demo-retail.example", Language.NL, AMSTERDAM, Set.of(role),
                site == null ? Set.of() : Set.of(site), Set.of());
    }
}
