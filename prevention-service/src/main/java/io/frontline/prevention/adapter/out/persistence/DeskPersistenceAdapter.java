package io.frontline.prevention.adapter.out.persistence;

import io.frontline.prevention.application.domain.model.Consultation;
import io.frontline.prevention.application.domain.model.ConsultationDesk;
import io.frontline.prevention.application.domain.model.DeskContact;
import io.frontline.prevention.application.port.out.DeskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class DeskPersistenceAdapter implements DeskStore {
    /** What a desk row keeps as JSON. */
    record DeskContents(DeskContact firstContact, List<DeskContact> counsellors, DeskContact committee,
                        List<DeskContact> outsideContacts) {
    }

    @Inject
    EntityManager em;

    @Inject
    Json json;

    @Override
    public void save(ConsultationDesk desk) {
        DeskJpaEntity found = em.find(DeskJpaEntity.class, desk.siteId());
        DeskJpaEntity e = found != null ? found : new DeskJpaEntity();
        e.siteId = desk.siteId();
        e.contents = json.write(new DeskContents(desk.firstContact(), desk.counsellors(), desk.committee(),
                desk.outsideContacts()));
        e.updatedBy = desk.updatedBy();
        e.updatedAt = desk.updatedAt();
        if (found == null) {
            // Persisted once every column is set: the insert takes the state at persist
            em.persist(e);
        }
    }

    @Override
    public Optional<ConsultationDesk> desk(String siteId) {
        return Optional.ofNullable(em.find(DeskJpaEntity.class, siteId)).map(this::toDomain);
    }

    @Override
    public List<ConsultationDesk> desks() {
        return em.createQuery("from DeskJpaEntity order by siteId", DeskJpaEntity.class).getResultList().stream()
                .map(this::toDomain).toList();
    }

    private ConsultationDesk toDomain(DeskJpaEntity e) {
        DeskContents c = json.read(e.contents, DeskContents.class);
        return new ConsultationDesk(e.siteId, c.firstContact(), c.counsellors(), c.committee(), c.outsideContacts(),
                e.updatedBy, e.updatedAt);
    }

    @Override
    public void save(Consultation c) {
        ConsultationJpaEntity e = new ConsultationJpaEntity();
        e.id = c.id();
        e.siteId = c.siteId();
        e.employeeId = c.employeeId();
        e.deskPersonId = c.deskPersonId();
        e.subject = c.subject();
        e.text = c.text();
        e.occurredAt = c.occurredAt();
        e.createdAt = c.createdAt();
        em.persist(e);
    }

    @Override
    public Optional<Consultation> consultation(UUID id) {
        return Optional.ofNullable(em.find(ConsultationJpaEntity.class, id)).map(DeskPersistenceAdapter::toDomain);
    }

    @Override
    public List<Consultation> consultationsOf(String userId) {
        return em.createQuery("from ConsultationJpaEntity where employeeId = :u or deskPersonId = :u "
                        + "order by createdAt desc", ConsultationJpaEntity.class)
                .setParameter("u", userId).setMaxResults(200).getResultList().stream()
                .map(DeskPersistenceAdapter::toDomain).toList();
    }

    private static Consultation toDomain(ConsultationJpaEntity e) {
        return new Consultation(e.id, e.siteId, e.employeeId, e.deskPersonId, e.subject, e.text, e.occurredAt,
                e.createdAt);
    }
}
