package io.frontline.incident.application.domain.service;

import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.incident.application.domain.model.AuditEntry;
import io.frontline.incident.application.domain.model.CareTask;
import io.frontline.incident.application.domain.model.CareTaskKind;
import io.frontline.incident.application.domain.model.CareTaskOverdue;
import io.frontline.incident.application.domain.model.CrossSitePattern;
import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentEvent;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.LiveAlertRaised;
import io.frontline.incident.application.domain.model.PatternDetected;
import io.frontline.incident.application.domain.model.PatternThresholds;
import io.frontline.incident.application.domain.model.Statement;
import io.frontline.incident.application.domain.model.SubjectSighting;
import io.frontline.incident.application.domain.model.SuggestionActedOn;
import io.frontline.incident.application.port.in.ReportIncidentCommand;
import io.frontline.incident.application.port.out.CareTasksPort;
import io.frontline.incident.application.port.out.FactFindingPort;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.incident.application.port.out.PatternLogPort;
import io.frontline.incident.application.port.out.PublishIncidentEventsPort;
import io.frontline.incident.application.port.out.SaveIncidentPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.organisation.OrganisationProducer;
import io.frontline.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The incident use cases with their ports in memory: fast, no container, named as the rules they hold. */
class IncidentUseCasesTest {
    private static final Organisation ORGANISATION =
            OrganisationProducer.load("classpath:frontline/local/organisation.yaml");
    private static final Actor EMMA = new Actor("emma.staff", Set.of(Roles.STAFF), Set.of("ams-centrum"), Set.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final List<IncidentEvent> published = new ArrayList<>();
    private final List<CareTask> careTasks = new ArrayList<>();
    private final IncidentService service = new IncidentService(incidents, incidents, new AtomicLong()::incrementAndGet,
            new Published(), new InMemoryCareTasks(), new NoFacts(), new NoPatterns(),
            new CrossSitePattern(new PatternThresholds(3, 2, Duration.ofDays(30))), ORGANISATION,
            (severity, source) -> { }, clock, new ConfidentialReads(new NoTrail(), clock));

    @Test
    void an_employee_reports_an_incident_at_their_branch_and_it_is_stored_and_announced() {
        Incident incident = report(EMMA, "ams-centrum", false).incident();

        assertThat(incident.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(incident.reference().toString()).contains("INC-2026-");
        assertThat(incidents.saved).containsKey(incident.id());
        assertThat(published).hasSize(1);
    }

    @Test
    void an_employee_cannot_report_for_a_branch_they_do_not_work_at_and_nothing_is_stored() {
        assertThatThrownBy(() -> report(EMMA, "utr-centraal", false)).isInstanceOf(AccessDenied.class);
        assertThat(incidents.saved).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void every_report_gives_the_victim_a_care_plan_with_a_safety_check_within_four_hours() {
        Incident incident = report(EMMA, "ams-centrum", false).incident();

        assertThat(careTasks).extracting(CareTask::kind).containsExactlyInAnyOrder(CareTaskKind.IMMEDIATE_SAFETY_CHECK,
                CareTaskKind.DEBRIEF, CareTaskKind.FOLLOW_UP, CareTaskKind.STRESS_CHECK);
        assertThat(careTasks).filteredOn(t -> t.kind() == CareTaskKind.IMMEDIATE_SAFETY_CHECK)
                .allSatisfy(t -> assertThat(t.dueAt()).isBeforeOrEqualTo(incident.reportedAt().plus(Duration.ofHours(4))));
    }

    private io.frontline.incident.application.port.in.ReportedIncident report(Actor actor, String site,
                                                                            boolean danger) {
        return service.report(new ReportIncidentCommand(actor, site, Set.of(IncidentType.VERBAL_ABUSE),
                "Klant schold mij uit bij de kassa", clock.instant(), danger, null, null, List.of(actor.userId()),
                List.of(), false));
    }

    /** Incidents in a map, as the database would hold them for this test. */
    static final class InMemoryIncidents implements SaveIncidentPort, LoadIncidentPort {
        final Map<UUID, Incident> saved = new LinkedHashMap<>();

        @Override
        public void save(Incident incident) {
            saved.put(incident.id(), incident);
        }

        @Override
        public Optional<Incident> load(UUID incidentId) {
            return Optional.ofNullable(saved.get(incidentId));
        }

        @Override
        public Optional<Incident> loadForUpdate(UUID incidentId) {
            return load(incidentId);
        }

        @Override
        public long countConfirmedSince(SubjectKey subject, Instant since) {
            return 0;
        }

        @Override
        public List<SubjectSighting> sightingsSince(SubjectKey subject, Instant since) {
            return List.of();
        }

        @Override
        public List<Incident> historyOf(SubjectKey subject) {
            return List.of();
        }

        @Override
        public boolean existsForComplaint(String complaintReference) {
            return false;
        }

        @Override
        public List<Incident> reportedBy(String reporter, int limit) {
            return List.of();
        }
    }

    final class Published implements PublishIncidentEventsPort {
        @Override
        public void publish(IncidentEvent event) {
            published.add(event);
        }

        @Override
        public void publish(IncidentEvent event, String actedBy) {
            published.add(event);
        }

        @Override
        public void publish(SuggestionActedOn acted) {
        }

        @Override
        public void publish(CareTaskOverdue overdue, Incident incident) {
        }

        @Override
        public void publish(PatternDetected pattern) {
        }

        @Override
        public void publish(LiveAlertRaised alert) {
        }
    }

    final class InMemoryCareTasks implements CareTasksPort {
        @Override
        public void save(CareTask task) {
            careTasks.removeIf(t -> t.id().equals(task.id()));
            careTasks.add(task);
        }

        @Override
        public List<CareTask> tasksOf(UUID incidentId) {
            return careTasks.stream().filter(t -> t.incidentId().equals(incidentId)).toList();
        }

        @Override
        public Optional<CareTask> load(UUID taskId) {
            return careTasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
        }

        @Override
        public List<CareTask> openPastDueNotReported(Instant now) {
            return List.of();
        }
    }

    static final class NoFacts implements FactFindingPort {
        @Override
        public void save(Statement statement) {
        }

        @Override
        public List<Statement> statementsOf(UUID incidentId) {
            return List.of();
        }

        @Override
        public void add(Evidence evidence) {
        }

        @Override
        public List<Evidence> evidenceOf(UUID incidentId) {
            return List.of();
        }

        @Override
        public void audit(AuditEntry entry) {
        }

        @Override
        public List<AuditEntry> auditTrailOf(UUID incidentId) {
            return List.of();
        }
    }

    static final class NoPatterns implements PatternLogPort {
        @Override
        public Optional<Instant> lastDetectedAt(SubjectKey subject) {
            return Optional.empty();
        }

        @Override
        public void record(PatternDetected pattern) {
        }
    }

    /** The trail of confidential reads is tested through the real service; here it keeps nothing. */
    private static final class NoTrail implements io.frontline.platform.audit.ConfidentialReadLog {
        @Override
        public void granted(io.frontline.platform.domain.ConfidentialRead read) {
        }

        @Override
        public void refused(io.frontline.platform.domain.ConfidentialRead read) {
        }
    }
}
