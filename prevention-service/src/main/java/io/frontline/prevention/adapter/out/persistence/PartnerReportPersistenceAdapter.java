package io.frontline.prevention.adapter.out.persistence;

import io.frontline.prevention.application.domain.model.PartnerReport;
import io.frontline.prevention.application.port.out.PartnerReportStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PartnerReportPersistenceAdapter implements PartnerReportStore {
    @Inject
    EntityManager em;

    @Override
    public String nextReference(int year) {
        Number n = (Number) em.createNativeQuery("SELECT nextval('partner_report_number')").getSingleResult();
        return String.format("PRT-%04d-%06d", year, n.longValue());
    }

    @Override
    public void save(PartnerReport r) {
        PartnerReportJpaEntity found = em.find(PartnerReportJpaEntity.class, r.id());
        PartnerReportJpaEntity e = found != null ? found : new PartnerReportJpaEntity();
        e.id = r.id();
        e.reference = r.reference();
        e.secretHash = r.secretHash();
        e.organisation = r.organisation();
        e.reporterName = r.reporterName();
        e.reporterContact = r.reporterContact();
        e.siteId = r.siteId();
        e.employeeDescription = r.employeeDescription();
        e.description = r.description();
        e.occurredOn = r.occurredOn();
        e.status = r.status().name();
        e.receivedAt = r.receivedAt();
        e.handledBy = r.handledBy();
        e.hrNote = r.hrNote();
        e.outcome = r.outcome() == null ? null : r.outcome().name();
        e.outcomeMessage = r.outcomeMessage();
        e.concludedAt = r.concludedAt();
        if (found == null) {
            // Persisted once every column is set: the insert takes the state at persist
            em.persist(e);
        }
    }

    @Override
    public Optional<PartnerReport> find(UUID id) {
        return Optional.ofNullable(em.find(PartnerReportJpaEntity.class, id)).map(PartnerReportPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<PartnerReport> byReference(String reference) {
        return em.createQuery("from PartnerReportJpaEntity where reference = :r", PartnerReportJpaEntity.class)
                .setParameter("r", reference).getResultStream().findFirst().map(PartnerReportPersistenceAdapter::toDomain);
    }

    @Override
    public List<PartnerReport> all() {
        return em.createQuery("from PartnerReportJpaEntity order by receivedAt desc", PartnerReportJpaEntity.class)
                .setMaxResults(1000).getResultList().stream().map(PartnerReportPersistenceAdapter::toDomain).toList();
    }

    private static PartnerReport toDomain(PartnerReportJpaEntity e) {
        return new PartnerReport(e.id, e.reference, e.secretHash, e.organisation, e.reporterName, e.reporterContact,
                e.siteId, e.employeeDescription, e.description, e.occurredOn,
                PartnerReport.Status.valueOf(e.status), e.receivedAt, e.handledBy, e.hrNote,
                e.outcome == null ? null : PartnerReport.Outcome.valueOf(e.outcome),
                e.outcomeMessage, e.concludedAt);
    }
}
