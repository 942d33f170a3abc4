package io.frontline.complaint.adapter.out.persistence;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintReference;
import io.frontline.complaint.application.domain.model.ComplaintStatus;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.complaint.application.port.out.NextReferenceNumberPort;
import io.frontline.complaint.application.port.out.SaveComplaintPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ComplaintPersistenceAdapter implements SaveComplaintPort, LoadComplaintPort, NextReferenceNumberPort {
    @Inject
    ComplaintRepository repository;

    @Override
    public void save(Complaint complaint) {
        ComplaintJpaEntity entity = repository.findByIdOptional(complaint.id()).orElseGet(ComplaintJpaEntity::new);
        entity.id = complaint.id();
        entity.reference = complaint.reference().value();
        entity.siteId = complaint.siteId();
        entity.channel = complaint.channel().name();
        entity.category = complaint.category().name();
        entity.subject = complaint.subject();
        entity.description = complaint.description();
        entity.language = complaint.language();
        entity.status = complaint.status().name();
        entity.receivedAt = complaint.receivedAt();
        entity.responseDue = complaint.responseDue();
        entity.filedBy = complaint.filedBy();
        if (!repository.isPersistent(entity)) {
            repository.persist(entity);
        }
    }

    @Override
    public Optional<Complaint> load(UUID complaintId) {
        return repository.findByIdOptional(complaintId).map(ComplaintPersistenceAdapter::toDomain);
    }

    @Override
    public long nextReferenceNumber() {
        return ((Number) repository.getEntityManager()
                .createNativeQuery("SELECT nextval('complaint_reference_seq')").getSingleResult()).longValue();
    }

    private static Complaint toDomain(ComplaintJpaEntity e) {
        return new Complaint(e.id, new ComplaintReference(e.reference), e.siteId, Channel.valueOf(e.channel),
                Category.valueOf(e.category), e.subject, e.description, e.language, e.receivedAt, e.responseDue,
                e.filedBy, ComplaintStatus.valueOf(e.status));
    }
}
