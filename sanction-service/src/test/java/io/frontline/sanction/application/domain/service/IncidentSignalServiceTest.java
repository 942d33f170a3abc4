package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.BusinessCalendar;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Region;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import io.frontline.sanction.application.domain.model.IncidentSeverity;
import io.frontline.sanction.application.domain.model.IncidentSignal;
import io.frontline.sanction.application.port.in.RecordIncidentSignalCommand;
import io.frontline.sanction.application.port.out.LoadIncidentSignalsPort;
import io.frontline.sanction.application.port.out.SaveIncidentSignalPort;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentSignalServiceTest {
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private static final Organisation ORGANISATION = new Organisation("demo", "Demo", "NL",
            List.of(new Region("north", "Noord"), new Region("south", "Zuid")),
            List.of(site("ams-centrum", "north"), site("utr-centraal", "north"), site("ein-centrum", "south")));

    private final InMemorySignals signals = new InMemorySignals();
    private final IncidentSignalService service = new IncidentSignalService(signals, signals, ORGANISATION,
            Clock.fixed(Instant.parse("2026-11-02T14:05:00Z"), ZoneOffset.UTC));

    @Test
    void a_second_report_of_the_same_incident_records_nothing() {
        UUID incident = UUID.randomUUID();
        assertThat(service.record(command(incident, "utr-centraal"))).isTrue();
        assertThat(service.record(command(incident, "utr-centraal"))).isFalse();
        assertThat(signals.rows).hasSize(1);
    }

    @Test
    void managers_see_the_incidents_of_their_own_sites_and_hq_sees_all() {
        service.record(command(UUID.randomUUID(), "ams-centrum"));
        service.record(command(UUID.randomUUID(), "utr-centraal"));
        service.record(command(UUID.randomUUID(), "ein-centrum"));

        assertThat(sitesSeenBy(new Actor("bram.manager", Set.of(Roles.SITE_MANAGER), Set.of("utr-centraal"), Set.of())))
                .containsExactly("utr-centraal");
        assertThat(sitesSeenBy(new Actor("noor.regional", Set.of(Roles.REGIONAL_MANAGER), Set.of(), Set.of("north"))))
                .containsExactlyInAnyOrder("ams-centrum", "utr-centraal");
        assertThat(sitesSeenBy(new Actor("henk.hq", Set.of(Roles.HQ_SAFETY), Set.of(), Set.of())))
                .containsExactlyInAnyOrder("ams-centrum", "utr-centraal", "ein-centrum");
    }

    @Test
    void staff_do_not_see_incident_signals() {
        Actor staff = new Actor("emma.staff", Set.of(Roles.STAFF), Set.of("ams-centrum"), Set.of());
        assertThatThrownBy(() -> service.list(staff, 10)).isInstanceOf(AccessDenied.class);
    }

    private List<String> sitesSeenBy(Actor actor) {
        return service.list(actor, 100).stream().map(IncidentSignal::siteId).toList();
    }

    private static RecordIncidentSignalCommand command(UUID incidentId, String site) {
        return new RecordIncidentSignalCommand(incidentId, "INC-2026-000042", site, List.of("threat"),
                IncidentSeverity.HIGH, null, Instant.parse("2026-11-02T13:55:00Z"));
    }

    private static Site site(String id, String region) {
        return new Site(id, id, SiteType.BRANCH, region, AMS, BusinessCalendar.MONDAY_TO_FRIDAY, List.of());
    }

    /** The two outgoing ports over a list: enough to state the use case's rules without a database. */
    private static final class InMemorySignals implements SaveIncidentSignalPort, LoadIncidentSignalsPort {
        final List<IncidentSignal> rows = new ArrayList<>();

        @Override
        public boolean isRecorded(UUID incidentId) {
            return rows.stream().anyMatch(s -> s.incidentId().equals(incidentId));
        }

        @Override
        public void save(IncidentSignal signal) {
            rows.add(signal);
        }

        @Override
        public List<IncidentSignal> newestFirst(int limit) {
            return rows.stream().sorted(Comparator.comparing(IncidentSignal::receivedAt).reversed()).limit(limit).toList();
        }

        @Override
        public List<IncidentSignal> newestFirstAt(Set<String> siteIds, int limit) {
            return newestFirst(Integer.MAX_VALUE).stream().filter(s -> siteIds.contains(s.siteId())).limit(limit).toList();
        }
    }
}
