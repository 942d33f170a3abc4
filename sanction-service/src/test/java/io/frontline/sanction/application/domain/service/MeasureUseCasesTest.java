package io.frontline.sanction.application.domain.service;

import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.audit.ConfidentialReadLog;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.organisation.OrganisationProducer;
import io.frontline.platform.testing.MutableClock;
import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.domain.model.BanLadder;
import io.frontline.sanction.application.domain.model.BanViolation;
import io.frontline.sanction.application.domain.model.ConfirmedIncident;
import io.frontline.sanction.application.domain.model.IncidentSeverity;
import io.frontline.sanction.application.domain.model.LadderPolicy;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureEvent;
import io.frontline.sanction.application.domain.model.MeasureStatus;
import io.frontline.sanction.application.port.out.BanChangesPort;
import io.frontline.sanction.application.port.out.ConfirmedIncidentsPort;
import io.frontline.sanction.application.port.out.LoadMeasurePort;
import io.frontline.sanction.application.port.out.PublishSanctionEventsPort;
import io.frontline.sanction.application.port.out.SaveMeasurePort;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The measure use cases with their ports in memory: fast, no container, named as the rules they hold. */
class MeasureUseCasesTest {
    private static final Organisation ORGANISATION =
            OrganisationProducer.load("classpath:frontline/local/organisation.yaml");
    private static final SubjectKey CUSTOMER = new SubjectKey("sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo");
    private static final Actor BRAM = new Actor("bram.manager", Set.of(Roles.SITE_MANAGER), Set.of("utr-centraal"),
            Set.of());
    private static final Actor HENK = new Actor("henk.hq", Set.of(Roles.HQ_SAFETY), Set.of(), Set.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    private final InMemoryMeasures measures = new InMemoryMeasures();
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final List<MeasureEvent> published = new ArrayList<>();
    private final MeasureService service = new MeasureService(measures, measures, incidents, new PublishSanctionEventsPort() {
        @Override
        public void publish(Measure measure, MeasureEvent event) {
            published.add(event);
        }

        @Override
        public void publish(BanViolation violation) {
        }

        @Override
        public void publishSeenAtDoor(io.frontline.sanction.application.domain.model.DoorSighting sighting,
                                      BanViolation violation) {
        }

        @Override
        public void publishNotice(Measure measure, io.frontline.sanction.application.domain.model.BanNotice notice) {
        }

        @Override
        public void publishTermMissed(Measure measure, io.frontline.sanction.application.domain.model.BanNotice notice,
                                      io.frontline.sanction.application.domain.model.MissedObjectionTerm missed) {
        }
    }, new io.frontline.sanction.application.port.out.BanChangesPort() {
        @Override
        public void announce(Measure ban) {
        }

        @Override
        public void announceSubject(String subjectKey) {
        }
    }, new BanLadder(LadderPolicy.SEED_001), ORGANISATION, clock,
            new ConfidentialReads(new ConfidentialReadLog() {
                @Override
                public void granted(ConfidentialRead read) {
                }

                @Override
                public void refused(ConfidentialRead read) {
                }
            }, clock));

    @Test
    void a_confirmed_incident_of_a_known_customer_proposes_a_one_month_ban_for_a_second_person_to_approve() {
        Measure proposed = service.proposeFor(incident(UUID.randomUUID(), "bram.manager")).orElseThrow();

        assertThat(proposed.status()).isEqualTo(MeasureStatus.PROPOSED);
        assertThat(proposed.duration()).contains(Period.ofMonths(1));
        assertThat(published).hasSize(1);
    }

    @Test
    void the_manager_who_confirmed_the_incident_cannot_approve_its_ban_hq_safety_can() {
        Measure proposed = service.proposeFor(incident(UUID.randomUUID(), "bram.manager")).orElseThrow();

        assertThatThrownBy(() -> service.approve(BRAM, proposed.id())).isInstanceOf(AccessDenied.class);
        assertThat(measures.stored.get(proposed.id()).status()).isEqualTo(MeasureStatus.PROPOSED);

        Measure approved = service.approve(HENK, proposed.id());
        assertThat(approved.status()).isIn(MeasureStatus.APPROVED, MeasureStatus.ACTIVE);
        assertThat(approved.approvedBy()).contains("henk.hq");
    }

    @Test
    void the_same_confirmed_incident_delivered_twice_proposes_one_ban() {
        UUID incident = UUID.randomUUID();
        assertThat(service.proposeFor(incident(incident, "bram.manager"))).isPresent();
        assertThat(service.proposeFor(incident(incident, "bram.manager"))).isEmpty();
        assertThat(measures.stored).hasSize(1);
    }

    private ConfirmedIncident incident(UUID id, String confirmedBy) {
        Instant confirmedAt = clock.instant();
        return new ConfirmedIncident(id, "INC-2026-000042", "utr-centraal", List.of("verbal-abuse"),
                IncidentSeverity.MEDIUM, CUSTOMER, false, confirmedAt.minus(1, ChronoUnit.HOURS), confirmedAt,
                confirmedBy, null);
    }

    /** Measures in a map, as the database would hold them for this test. */
    static final class InMemoryMeasures implements LoadMeasurePort, SaveMeasurePort {
        final Map<UUID, Measure> stored = new LinkedHashMap<>();

        @Override
        public void insert(Measure measure) {
            stored.put(measure.id(), measure);
        }

        @Override
        public Measure update(Measure measure) {
            stored.put(measure.id(), measure);
            return measure;
        }

        @Override
        public Optional<Measure> load(UUID measureId) {
            return Optional.ofNullable(stored.get(measureId));
        }

        @Override
        public List<Measure> ofSubjectSince(SubjectKey subjectKey, Instant since) {
            return stored.values().stream().filter(m -> m.subjectKey().filter(subjectKey::equals).isPresent()
                    && !m.proposedAt().isBefore(since)).toList();
        }

        @Override
        public List<Measure> newestFirst(SubjectKey subjectKey, MeasureStatus status, int limit) {
            return List.of();
        }

        @Override
        public List<Measure> dueToAdvance(Instant now, int limit) {
            return List.of();
        }

        @Override
        public List<BanEntry> bansInForceOrToCome(Instant now) {
            return List.of();
        }

        @Override
        public List<BanEntry> decidedBansOf(String subjectKey) {
            return List.of();
        }
    }

    /** Confirmed incidents recorded once per incident id, as the database's key would. */
    static final class InMemoryIncidents implements ConfirmedIncidentsPort {
        final Map<UUID, ConfirmedIncident> recorded = new LinkedHashMap<>();

        @Override
        public boolean record(ConfirmedIncident incident) {
            return recorded.putIfAbsent(incident.incidentId(), incident) == null;
        }

        @Override
        public List<ConfirmedIncident> ofSubjectSince(SubjectKey subjectKey, Instant since) {
            return recorded.values().stream().filter(i -> subjectKey.equals(i.perpetrator())
                    && !i.confirmedAt().isBefore(since)).toList();
        }
    }
}
