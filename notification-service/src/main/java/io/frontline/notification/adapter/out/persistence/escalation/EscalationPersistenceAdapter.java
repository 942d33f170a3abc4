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
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class EscalationPersistenceAdapter implements EscalationStorePort {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    EscalationSteps steps;

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
                .setParameter("severity", e.severity().name())
                .setParameter("siteId", e.siteId())
                .setParameter("reference", e.event().reference())
                .setParameter("occurredAt", e.event().occurredAt())
                .setParameter("facts", json(e.event().facts()))
                .setParameter("policy", e.policyName())
                .setParameter("startedAt", e.startedAt())
                .setParameter("round", e.round())
                .setParameter("level", e.level())
                .setParameter("nextDueAt", e.nextDueAt())
                .setParameter("status", e.status().name())
                .setParameter("subject", EscalationSubject.of(e.event()).orElse(null))
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Escalation> lockOpenAbout(String subject) {
        List<EscalationJpaEntity> rows = em.createNativeQuery(
                        "SELECT * FROM escalation WHERE status = 'OPEN' AND subject = :subject FOR UPDATE",
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
                        SELECT * FROM escalation WHERE status = 'OPEN' AND next_due_at <= :now
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
        row.status = e.status().name();
        row.acknowledgedBy = e.acknowledgedBy();
        row.acknowledgedAt = e.acknowledgedAt();
        row.acknowledgedVia = e.acknowledgedVia() == null ? null : e.acknowledgedVia().name();
        em.flush(); // the escalation's row first: its steps refer to it
        steps.append(e.id(), e.newSteps());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Escalation> page(Page page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (page.status() != null) {
            where.add("e.status = :status");
            parameters.put("status", page.status().name());
        }
        if (page.level() != null) {
            where.add("e.level = :level");
            parameters.put("level", page.level());
        }
        if (page.policy() != null) {
            where.add("e.policy = :policy");
            parameters.put("policy", page.policy());
        }
        if (page.reference() != null) {
            where.add("e.reference = :reference");
            parameters.put("reference", page.reference());
        }
        if (!page.everything()) {
            // The escalations of the reader's sites, and those any level of which told them (HR: only those).
            String told = "EXISTS (SELECT 1 FROM escalation_step s WHERE s.escalation_id = e.id"
                    + " AND s.recipients @> ARRAY[CAST(:me AS TEXT)])";
            parameters.put("me", page.toldTo());
            if (page.sites().isEmpty()) {
                where.add(told);
            } else {
                where.add("(e.site_id IN (:sites) OR " + told + ")");
                parameters.put("sites", List.copyOf(page.sites()));
            }
        }
        String direction = page.oldestFirst() ? "" : " DESC";
        if (page.afterKey() != null) {
            where.add("(e.started_at, e.id) " + (page.oldestFirst() ? ">" : "<") + " (:afterKey, :afterId)");
            parameters.put("afterKey", page.afterKey());
            parameters.put("afterId", page.afterId());
        }
        Query query = em.createNativeQuery("SELECT e.* FROM escalation e"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY e.started_at" + direction + ", e.id" + direction + " LIMIT :rows", EscalationJpaEntity.class);
        parameters.forEach(query::setParameter);
        query.setParameter("rows", page.rows());
        List<EscalationJpaEntity> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // The history of the whole page in one question, not one per escalation.
        Map<UUID, List<EscalationStep>> told = steps.of(rows.stream().map(r -> r.id).toList());
        return rows.stream().map(r -> toDomain(r, told.getOrDefault(r.id, List.of()))).toList();
    }

    @Override
    public boolean linkUsed(String tokenId) {
        return !em.createNativeQuery("SELECT 1 FROM escalation_link_use WHERE token_id = :tokenId")
                .setParameter("tokenId", tokenId).getResultList().isEmpty();
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
        return toDomain(row, steps.of(row.id));
    }

    private Escalation toDomain(EscalationJpaEntity row, List<EscalationStep> steps) {
        RoutedEvent event = new RoutedEvent(row.eventId, row.eventType, Severity.valueOf(row.severity),
                row.siteId, row.reference, row.occurredAt, facts(row.facts));
        return new Escalation(row.id, event, row.policy, row.startedAt, row.round, row.level, row.nextDueAt,
                EscalationStatus.valueOf(row.status), row.acknowledgedBy, row.acknowledgedAt,
                row.acknowledgedVia == null ? null
                        : AcknowledgementChannel.valueOf(row.acknowledgedVia),
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
