package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentReference;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.Perpetrator;
import io.frontline.incident.application.domain.model.Severity;
import io.frontline.incident.application.domain.model.SeverityRule;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.incident.application.port.out.NextReferenceNumberPort;
import io.frontline.incident.application.port.out.SaveIncidentPort;
import io.frontline.platform.domain.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.EnumSet;
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
        IncidentJpaEntity entity = repository.findByIdOptional(incident.id()).orElseGet(IncidentJpaEntity::new);
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
        entity.status = incident.status().name();
        entity.severity = incident.severity().name();
        entity.severityRule = incident.severityRule().name();
        if (!repository.isPersistent(entity)) {
            repository.persist(entity);
        }
    }

    @Override
    public Optional<Incident> load(UUID incidentId) {
        return repository.findByIdOptional(incidentId).map(IncidentPersistenceAdapter::toDomain);
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
        return new Incident(e.id, new IncidentReference(e.reference), e.siteId, types, e.description, e.occurredAt,
                e.reportedAt, e.reportedBy, e.immediateDanger, perpetrator, IncidentSource.valueOf(e.source),
                IncidentStatus.valueOf(e.status), Severity.valueOf(e.severity), SeverityRule.valueOf(e.severityRule));
    }
}
