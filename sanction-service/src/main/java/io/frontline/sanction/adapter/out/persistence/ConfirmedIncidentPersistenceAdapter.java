package io.frontline.sanction.adapter.out.persistence;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.ConfirmedIncident;
import io.frontline.sanction.application.domain.model.IncidentSeverity;
import io.frontline.sanction.application.port.out.ConfirmedIncidentsPort;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
class ConfirmedIncidentPersistenceAdapter implements ConfirmedIncidentsPort {
    @Inject
    ConfirmedIncidentRepository repository;

    @Override
    public boolean record(ConfirmedIncident incident) {
        if (repository.findByIdOptional(incident.incidentId()).isPresent()) {
            return false;
        }
        ConfirmedIncidentJpaEntity e = new ConfirmedIncidentJpaEntity();
        e.incidentId = incident.incidentId();
        e.reference = incident.reference();
        e.siteId = incident.siteId();
        e.types = incident.types().toArray(String[]::new);
        e.severity = incident.severity().name();
        e.perpetratorSubjectKey = incident.perpetrator() == null ? null : incident.perpetrator().value();
        e.policeReportRecommended = incident.policeReportRecommended();
        e.occurredAt = incident.occurredAt();
        e.confirmedAt = incident.confirmedAt();
        repository.persist(e);
        return true;
    }

    @Override
    public List<ConfirmedIncident> ofSubjectSince(SubjectKey subjectKey, Instant since) {
        return repository.find("perpetratorSubjectKey = ?1 and confirmedAt >= ?2", Sort.ascending("confirmedAt"),
                        subjectKey.value(), since).stream()
                .map(e -> new ConfirmedIncident(e.incidentId, e.reference, e.siteId, List.of(e.types),
                        IncidentSeverity.valueOf(e.severity), new SubjectKey(e.perpetratorSubjectKey),
                        e.policeReportRecommended, e.occurredAt, e.confirmedAt))
                .toList();
    }
}
