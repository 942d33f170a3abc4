package io.frontline.prevention.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import io.frontline.prevention.application.domain.model.Consultation;
import io.frontline.prevention.application.domain.model.ConsultationDesk;
import io.frontline.prevention.application.port.out.DeskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class DeskPersistenceAdapter implements DeskStore {
    private static final String CONSULTATION = "SELECT id, site_id, employee_id, desk_person_id, subject, text, "
            + "occurred_at, created_at FROM consultation ";

    @Inject
    EntityManager em;

    @Inject
    Json json;

    @Inject
    Sql sql;

    @Override
    public void save(ConsultationDesk desk) {
        DeskJpaEntity found = em.find(DeskJpaEntity.class, desk.siteId());
        DeskJpaEntity e = found != null ? found : new DeskJpaEntity();
        e.siteId = desk.siteId();
        e.contents = json.write(StoredDesk.of(desk));
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
        StoredDesk c = json.read(e.contents, StoredDesk.class);
        return new ConsultationDesk(e.siteId, c.firstContactToDomain(), c.counsellorsToDomain(), c.committeeToDomain(),
                c.outsideContactsToDomain(), e.updatedBy, e.updatedAt);
    }

    /** A consultation is written once and never changed: an append-only row (CONTRIBUTING.md). */
    @Override
    public void save(Consultation c) {
        sql.update("INSERT INTO consultation (id, site_id, employee_id, desk_person_id, subject, text, occurred_at, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.siteId(), c.employeeId(), c.deskPersonId(), c.subject(), c.text(), c.occurredAt(),
                c.createdAt());
    }

    @Override
    public Optional<Consultation> consultation(UUID id) {
        return sql.query(CONSULTATION + "WHERE id = ?", DeskPersistenceAdapter::consultation, id).stream().findFirst();
    }

    @Override
    public List<Consultation> consultationsOf(String userId) {
        return sql.query(CONSULTATION + "WHERE employee_id = ? OR desk_person_id = ? "
                        + "ORDER BY created_at DESC LIMIT 200",
                DeskPersistenceAdapter::consultation, userId, userId);
    }

    private static Consultation consultation(ResultSet rs) throws SQLException {
        return new Consultation(rs.getObject("id", UUID.class), rs.getString("site_id"), rs.getString("employee_id"),
                rs.getString("desk_person_id"), rs.getString("subject"), rs.getString("text"),
                JdbcRows.instant(rs, "occurred_at"), JdbcRows.instant(rs, "created_at"));
    }
}
