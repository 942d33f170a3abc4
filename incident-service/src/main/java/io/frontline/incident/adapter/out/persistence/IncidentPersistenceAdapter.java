package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentReference;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.Perpetrator;
import io.frontline.incident.application.domain.model.PoliceReport;
import io.frontline.incident.application.domain.model.Progress;
import io.frontline.incident.application.domain.model.Severity;
import io.frontline.incident.application.domain.model.SeverityAssessment;
import io.frontline.incident.application.domain.model.SeverityRule;
import io.frontline.incident.application.domain.model.SubjectSighting;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.incident.application.port.out.NextReferenceNumberPort;
import io.frontline.incident.application.port.out.SaveIncidentPort;
import io.frontline.platform.domain.SubjectKey;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class IncidentPersistenceAdapter implements SaveIncidentPort, LoadIncidentPort, NextReferenceNumberPort {
    @Inject
    IncidentRepository repository;

    @Override
    public void save(Incident incident) {
        write(repository.findByIdOptional(incident.id()).orElseGet(IncidentJpaEntity::new), incident);
    }

    /** A new incident is inserted without the lookup {@link #save} makes (a SELECT that finds nothing). */
    @Override
    public void saveNew(Incident incident) {
        write(new IncidentJpaEntity(), incident);
    }

    private void write(IncidentJpaEntity entity, Incident incident) {
        entity.id = incident.id();
        entity.reference = incident.reference().value();
        entity.siteId = incident.siteId();
        entity.types = incident.types().stream().map(Enum::name).toArray(String[]::new);
        entity.description = incident.description();
        entity.occurredAt = incident.occurredAt();
        entity.reportedAt = incident.reportedAt();
        entity.reportedBy = incident.reportedBy();
        entity.immediateDanger = incident.immediateDanger();
        entity.perpetratorSubjectKey = incident.perpetrator().flatMap(Perpetrator::key).map(SubjectKey::value)
                .orElse(null);
        entity.perpetratorDescription = incident.perpetrator().map(Perpetrator::description).orElse(null);
        entity.source = incident.source().name();
        entity.severity = incident.severity().name();
        entity.severityRule = incident.severityRule().name();
        entity.severityRaised = incident.assessment().raisedForRepeatPerpetrator();
        entity.victims = incident.victims().toArray(String[]::new);
        entity.witnesses = incident.witnesses().toArray(String[]::new);
        entity.complaintReference = incident.complaintReference().orElse(null);
        Progress p = incident.progress();
        entity.status = p.status().name();
        entity.triagedAt = p.triagedAt();
        entity.decidedAt = p.decidedAt();
        entity.decidedBy = p.decidedBy();
        entity.outcome = p.outcome() == null ? null : p.outcome().name();
        entity.noOtherSourceReason = p.noOtherSourceReason();
        entity.unfoundedReason = p.unfoundedReason();
        entity.recurrencePreventionNote = p.recurrencePreventionNote();
        entity.reopenReason = p.reopenReason();
        entity.closedAt = p.closedAt();
        entity.policeStation = p.policeReport() == null ? null : p.policeReport().station();
        entity.policeReference = p.policeReport() == null ? null : p.policeReport().reference();
        entity.policeFiledOn = p.policeReport() == null ? null : p.policeReport().filedOn();
        if (!repository.isPersistent(entity)) {
            repository.persist(entity);
        }
        // Care tasks and statements refer to the row; they are written with plain SQL in the same transaction.
        repository.flush();
    }

    @Override
    public Optional<Incident> load(UUID incidentId) {
        return repository.findByIdOptional(incidentId).map(IncidentPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Incident> loadForUpdate(UUID incidentId) {
        return repository.findByIdOptional(incidentId, LockModeType.PESSIMISTIC_WRITE)
                .map(IncidentPersistenceAdapter::toDomain);
    }

    @Override
    public long countConfirmedSince(SubjectKey subject, Instant since) {
        return repository.count("perpetratorSubjectKey = ?1 and outcome = 'CONFIRMED' and decidedAt >= ?2",
                subject.value(), since);
    }

    @Override
    public List<SubjectSighting> sightingsSince(SubjectKey subject, Instant since) {
        return repository.list("perpetratorSubjectKey = ?1 and reportedAt >= ?2", Sort.ascending("reportedAt"),
                        subject.value(), since).stream()
                .map(e -> new SubjectSighting(e.id, e.siteId, e.reportedAt)).toList();
    }

    @Override
    public List<Incident> historyOf(SubjectKey subject) {
        return repository.list("perpetratorSubjectKey", Sort.descending("reportedAt"), subject.value()).stream()
                .map(IncidentPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Incident> reportedBy(String reporter, int limit) {
        return repository.find("reportedBy", Sort.descending("reportedAt").and("id"), reporter).page(0, limit).list()
                .stream().map(IncidentPersistenceAdapter::toDomain).toList();
    }

    @Override
    public boolean existsForComplaint(String complaintReference) {
        return repository.count("complaintReference", complaintReference) > 0;
    }

    @Override
    public long nextReferenceNumber() {
        return ((Number) repository.getEntityManager()
                .createNativeQuery("SELECT nextval('incident_reference_seq')").getSingleResult()).longValue();
    }

    private static Incident toDomain(IncidentJpaEntity e) {
        Set<IncidentType> types = Arrays.stream(e.types).map(IncidentType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentType.class)));
        Perpetrator perpetrator = Perpetrator.ofNullable(
                e.perpetratorSubjectKey == null ? null : new SubjectKey(e.perpetratorSubjectKey),
                e.perpetratorDescription).orElse(null);
        PoliceReport police = e.policeStation == null ? null
                : new PoliceReport(e.policeStation, e.policeReference, e.policeFiledOn);
        Progress progress = new Progress(IncidentStatus.valueOf(e.status), e.triagedAt, e.decidedAt,
                e.outcome == null ? null : IncidentStatus.valueOf(e.outcome), e.noOtherSourceReason,
                e.unfoundedReason, e.recurrencePreventionNote, e.reopenReason, e.closedAt, police, e.decidedBy);
        SeverityAssessment assessment = new SeverityAssessment(SeverityRule.valueOf(e.severityRule),
                Severity.valueOf(e.severity), e.severityRaised);
        return new Incident(e.id, new IncidentReference(e.reference), e.siteId, types, e.description, e.occurredAt,
                e.reportedAt, e.reportedBy, e.immediateDanger, perpetrator, IncidentSource.valueOf(e.source),
                assessment, e.victims == null ? List.of() : List.of(e.victims),
                e.witnesses == null ? List.of() : List.of(e.witnesses), e.complaintReference, progress);
    }
}
