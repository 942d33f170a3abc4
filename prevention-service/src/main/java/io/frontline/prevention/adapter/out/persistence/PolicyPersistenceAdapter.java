package io.frontline.prevention.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.frontline.prevention.application.domain.model.PolicyKind;
import io.frontline.prevention.application.domain.model.PolicyVersion;
import io.frontline.prevention.application.domain.model.PolicyVersion.PolicyText;
import io.frontline.prevention.application.port.out.PolicyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class PolicyPersistenceAdapter implements PolicyStore {
    @Inject
    EntityManager em;

    @Inject
    Json json;

    @Override
    public void save(PolicyVersion v) {
        PolicyVersionJpaEntity e = new PolicyVersionJpaEntity();
        e.id = v.id();
        e.kind = v.kind().name();
        e.version = v.version();
        e.effectiveFrom = v.effectiveFrom();
        e.texts = json.write(StoredPolicyText.of(v.texts()));
        e.publishedBy = v.publishedBy();
        e.publishedAt = v.publishedAt();
        em.persist(e);
    }

    @Override
    public List<PolicyVersion> versions(PolicyKind kind) {
        return em.createQuery("from PolicyVersionJpaEntity where kind = :kind order by version desc",
                        PolicyVersionJpaEntity.class)
                .setParameter("kind", kind.name()).getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public Optional<PolicyVersion> find(UUID id) {
        return Optional.ofNullable(em.find(PolicyVersionJpaEntity.class, id)).map(this::toDomain);
    }

    @Override
    public boolean acknowledge(UUID versionId, String userId, Instant at) {
        return em.createNativeQuery("INSERT INTO policy_acknowledgement (policy_version_id, user_id, acknowledged_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, versionId).setParameter(2, userId).setParameter(3, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    @Override
    public Set<String> acknowledgedBy(UUID versionId) {
        List<?> rows = em.createNativeQuery("SELECT user_id FROM policy_acknowledgement WHERE policy_version_id = ?1")
                .setParameter(1, versionId).getResultList();
        Set<String> users = new HashSet<>();
        rows.forEach(r -> users.add((String) r));
        return users;
    }

    @Override
    public Optional<Instant> acknowledgedAt(UUID versionId, String userId) {
        List<?> rows = em.createNativeQuery("SELECT acknowledged_at FROM policy_acknowledgement "
                        + "WHERE policy_version_id = ?1 AND user_id = ?2")
                .setParameter(1, versionId).setParameter(2, userId).getResultList();
        return rows.stream().findFirst().map(Rows::instant);
    }

    private PolicyVersion toDomain(PolicyVersionJpaEntity e) {
        Map<String, PolicyText> texts = StoredPolicyText.toDomain(
                json.read(e.texts, new TypeReference<Map<String, StoredPolicyText>>() {
                }));
        return new PolicyVersion(e.id, PolicyKind.valueOf(e.kind), e.version, e.effectiveFrom,
                texts, e.publishedBy, e.publishedAt);
    }
}
