package io.frontline.notification.adapter.out.persistence.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.model.escalation.AcknowledgementChannel;
import io.frontline.notification.application.domain.model.escalation.EscalationSubject;
import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.notification.application.domain.model.escalation.EscalationStatus;
import io.frontline.notification.application.domain.model.escalation.EscalationStep;
import io.frontline.notification.application.port.out.escalation.EscalationStorePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class EscalationPersistenceAdapter implements EscalationStorePort {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A list is for people to read: the newest escalations, not the whole history. */
    private static final int LIST_LIMIT = 500;
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Override
    public boolean insertIfNew(Escalation e) {
        // ON CONFLICT rather than catching a constraint violation: the caller's (routing's) transaction stays usable.
        int inserted = em.createNativeQuery("""
                        INSERT INTO escalation (id, event_id, event_type, severity, site_id, reference, occurred_at, facts,
                                                policy, started_at, round, level, next_due_at, status, subject)
                        VALUES (:id, :eventId, :eventType, :severity, :siteId, :reference, :occurredAt, :facts,
                                :policy, :startedAt, :round, :level, :nextDueAt, :status, :subject)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("id", e.id())
                .setParameter("eventId", e.eventId())
                .setParameter("eventType", e.event().eventType())
                .setParameter("severity", e.severity().name().toLowerCase(Locale.ROOT))
                .setParameter("siteId", e.siteId())
                .setParameter("reference", e.event().reference())
                .setParameter("occurredAt", e.event().occurredAt())
                .setParameter("facts", json(e.event().facts()))
                .setParameter("policy", e.policyName())
                .setParameter("startedAt", e.startedAt())
                .setParameter("round", e.round())
                .setParameter("level", e.level())
                .setParameter("nextDueAt", e.nextDueAt())
                .setParameter("status", e.status().wireName())
                .setParameter("subject", EscalationSubject.of(e.event()).orElse(null))
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Escalation> lockOpenAbout(String subject) {
        List<EscalationJpaEntity> rows = em.createNativeQuery(
                        "SELECT * FROM escalation WHERE status = 'open' AND subject = :subject FOR UPDATE",
                        EscalationJpaEntity.class)
                .setParameter("subject", subject).getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    @Override
    public Optional<Escalation> find(UUID id) {
        return Optional.ofNullable(em.find(EscalationJpaEntity.class, id)).map(this::toDomain);
    }

    @Override
    public Optional<Escalation> lock(UUID id) {
        return Optional.ofNullable(em.find(EscalationJpaEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(this::toDomain);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Escalation> lockDue(Instant now, int limit) {
        // SKIP LOCKED: a second replica passes over the rows this one is advancing instead of waiting for them.
        List<EscalationJpaEntity> rows = em.createNativeQuery("""
                        SELECT * FROM escalation WHERE status = 'open' AND next_due_at <= :now
                        ORDER BY next_due_at LIMIT :limit FOR UPDATE SKIP LOCKED""", EscalationJpaEntity.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    @Override
    public void update(Escalation e) {
        EscalationJpaEntity row = em.find(EscalationJpaEntity.class, e.id());
        row.round = e.round();
        row.level = e.level();
        row.nextDueAt = e.nextDueAt();
        row.status = e.status().wireName();
        row.acknowledgedBy = e.acknowledgedBy();
        row.acknowledgedAt = e.acknowledgedAt();
        row.acknowledgedVia = e.acknowledgedVia() == null ? null : e.acknowledgedVia().wireName();
        for (EscalationStep step : e.newSteps()) {
            EscalationStepJpaEntity stepRow = new EscalationStepJpaEntity();
            stepRow.escalationId = e.id();
            stepRow.round = step.round();
            stepRow.level = step.level();
            stepRow.toldAt = step.at();
            stepRow.recipients = step.recipients().toArray(String[]::new);
            em.persist(stepRow);
        }
        em.flush();
    }

    @Override
    public List<Escalation> list(EscalationStatus status) {
        List<EscalationJpaEntity> rows = status == null
                ? em.createQuery("FROM EscalationJpaEntity ORDER BY startedAt DESC", EscalationJpaEntity.class)
                .setMaxResults(LIST_LIMIT).getResultList()
                : em.createQuery("FROM EscalationJpaEntity WHERE status = :status ORDER BY startedAt DESC",
                EscalationJpaEntity.class).setParameter("status", status.wireName())
                .setMaxResults(LIST_LIMIT).getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    @Override
    public boolean recordLinkUse(String tokenId, UUID escalationId, String recipientId, Instant at) {
        return em.createNativeQuery("""
                        INSERT INTO escalation_link_use (token_id, escalation_id, recipient_id, used_at)
                        VALUES (:tokenId, :escalationId, :recipientId, :at) ON CONFLICT (token_id) DO NOTHING""")
                .setParameter("tokenId", tokenId)
                .setParameter("escalationId", escalationId)
                .setParameter("recipientId", recipientId)
                .setParameter("at", at)
                .executeUpdate() == 1;
    }

    private Escalation toDomain(EscalationJpaEntity row) {
        List<EscalationStep> steps = em.createQuery(
                        "FROM EscalationStepJpaEntity WHERE escalationId = :id ORDER BY round, level",
                        EscalationStepJpaEntity.class)
                .setParameter("id", row.id).getResultList().stream()
                .map(s -> new EscalationStep(s.round, s.level, s.toldAt, Arrays.asList(s.recipients)))
                .toList();
        RoutedEvent event = new RoutedEvent(row.eventId, row.eventType, Severity.valueOf(row.severity.toUpperCase(Locale.ROOT)),
                row.siteId, row.reference, row.occurredAt, facts(row.facts));
        return new Escalation(row.id, event, row.policy, row.startedAt, row.round, row.level, row.nextDueAt,
                EscalationStatus.valueOf(row.status.toUpperCase(Locale.ROOT)), row.acknowledgedBy, row.acknowledgedAt,
                row.acknowledgedVia == null ? null
                        : AcknowledgementChannel.valueOf(row.acknowledgedVia.toUpperCase(Locale.ROOT)),
                steps);
    }

    private static Map<String, String> facts(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts are not a JSON object", e);
        }
    }

    private static String json(Map<String, String> facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts cannot be written as JSON", e);
        }
    }
}
