package io.frontline.sanction.adapter.out.persistence;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.IncidentSeverity;
import io.frontline.sanction.application.domain.model.IncidentSignal;
import io.frontline.sanction.application.port.out.LoadIncidentSignalsPort;
import io.frontline.sanction.application.port.out.SaveIncidentSignalPort;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class IncidentSignalPersistenceAdapter implements SaveIncidentSignalPort, LoadIncidentSignalsPort {
    private static final Sort NEWEST_FIRST = Sort.descending("receivedAt").and("incidentId");

    @Inject
    IncidentSignalRepository repository;

    @Override
    public boolean isRecorded(UUID incidentId) {
        return repository.count("incidentId", incidentId) > 0;
    }

    @Override
    public void save(IncidentSignal signal) {
        IncidentSignalJpaEntity entity = new IncidentSignalJpaEntity();
        entity.incidentId = signal.incidentId();
        entity.reference = signal.reference();
        entity.siteId = signal.siteId();
        entity.types = signal.types().toArray(String[]::new);
        entity.severity = signal.severity().name();
        entity.perpetratorSubjectKey = signal.perpetrator().map(SubjectKey::value).orElse(null);
        entity.occurredAt = signal.occurredAt();
        entity.receivedAt = signal.receivedAt();
        repository.persist(entity);
    }

    @Override
    public List<IncidentSignal> newestFirst(int limit) {
        return repository.findAll(NEWEST_FIRST).range(0, limit - 1).stream()
                .map(IncidentSignalPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<IncidentSignal> newestFirstAt(Set<String> siteIds, int limit) {
        return repository.find("siteId in ?1", NEWEST_FIRST, siteIds).range(0, limit - 1).stream()
                .map(IncidentSignalPersistenceAdapter::toDomain).toList();
    }

    private static IncidentSignal toDomain(IncidentSignalJpaEntity e) {
        return new IncidentSignal(e.incidentId, e.reference, e.siteId, List.of(e.types),
                IncidentSeverity.valueOf(e.severity),
                e.perpetratorSubjectKey == null ? null : new SubjectKey(e.perpetratorSubjectKey), e.occurredAt,
                e.receivedAt);
    }
}
