package io.frontline.notification.adapter.out.persistence;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.ClaimedDelivery;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.domain.model.DueDelivery;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.DeliveryStatus;
import io.frontline.notification.application.port.out.DeliveryPort;
import io.frontline.platform.tracing.StoredTraces;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class DeliveryPersistenceAdapter implements DeliveryPort {
    @Inject
    DeliveryRepository repository;

    @Inject
    StoredTraces traces;

    /** Plain SQL for the questions routing asks per person and channel (issue 15: no query parsing, no flush). */
    @Inject
    Sql sql;

    @Override
    public boolean exists(String deliveryKey, String recipientId, Channel channel) {
        // One event's routing never writes the same key, person and channel twice, so what this transaction has not
        // flushed yet cannot be asked for here.
        return !sql.query("SELECT 1 FROM delivery WHERE delivery_key = ? AND recipient_id = ? AND channel = ? LIMIT 1",
                rs -> true, deliveryKey, recipientId, channel.name()).isEmpty();
    }

    @Override
    public void save(Delivery delivery) {
        DeliveryJpaEntity entity = repository.findByIdOptional(delivery.id()).orElseGet(DeliveryJpaEntity::new);
        entity.id = delivery.id();
        entity.deliveryKey = delivery.deliveryKey();
        entity.eventId = delivery.notice().eventId();
        entity.eventType = delivery.notice().eventType();
        entity.recipientId = delivery.recipientId();
        entity.channel = delivery.channel().name();
        entity.severity = delivery.notice().severity().name();
        entity.status = delivery.status().name();
        entity.attempts = delivery.attempts();
        entity.lastError = delivery.lastError();
        entity.nextAttemptAt = delivery.nextAttemptAt();
        entity.sentAt = delivery.sentAt();
        entity.createdAt = delivery.createdAt();
        entity.grouped = delivery.grouped();
        if (entity.notice == null) {
            entity.notice = NoticeJson.write(delivery.notice());
        }
        if (!repository.isPersistent(entity)) {
            // Created now: the send, later and on a sender's thread, belongs to the trace of this work (issue 18).
            entity.traceparent = StoredTraces.currentTraceParent();
            repository.persist(entity);
        }
    }

    // Each lane's predicate is exactly that of its partial index (V31, respelled in V80), so a routine backlog is
    // never scanned for urgent work. Enums are stored by their constant names (CONTRIBUTING.md).
    private static final String DUE_URGENT = "SELECT id, channel FROM delivery WHERE status IN ('PENDING', 'RETRYING') "
            + "AND severity IN ('HIGH', 'CRITICAL') AND next_attempt_at <= ?1 "
            + "ORDER BY CASE severity WHEN 'CRITICAL' THEN 0 ELSE 1 END, next_attempt_at LIMIT ?2";
    private static final String DUE_ROUTINE = "SELECT id, channel FROM delivery WHERE status IN ('PENDING', 'RETRYING') "
            + "AND severity IN ('LOW', 'MEDIUM') AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2";

    @Override
    @SuppressWarnings("unchecked")
    public List<DueDelivery> due(Instant now, DeliveryLane lane, int limit) {
        List<Object[]> rows = repository.getEntityManager()
                .createNativeQuery(lane == DeliveryLane.URGENT ? DUE_URGENT : DUE_ROUTINE)
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new DueDelivery((UUID) r[0], Channel.valueOf((String) r[1]))).toList();
    }

    @Override
    public long routineSince(String recipientId, Channel channel, Instant since) {
        return sql.query("SELECT count(*) FROM delivery WHERE recipient_id = ? AND channel = ? AND created_at >= ? "
                + "AND severity IN ('LOW', 'MEDIUM')", rs -> rs.getLong(1), recipientId, channel.name(), since).get(0);
    }

    @Override
    public Optional<Instant> heldUntil(String recipientId, Channel channel) {
        return repository.find("status = 'HELD' and recipientId = ?1 and channel = ?2", Sort.by("nextAttemptAt"),
                recipientId, channel.name()).firstResultOptional().map(e -> e.nextAttemptAt);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ClaimedDelivery> claim(UUID id, Instant now, Instant leaseUntil) {
        List<DeliveryJpaEntity> rows = repository.getEntityManager().createNativeQuery(
                        "SELECT * FROM delivery WHERE id = ?1 FOR UPDATE SKIP LOCKED", DeliveryJpaEntity.class)
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DeliveryJpaEntity entity = rows.get(0);
        Delivery delivery = toDomain(entity);
        if (!delivery.isDue(now)) {
            return Optional.empty();
        }
        // The lease: not due for any other sender until the attempt is recorded (or the lease runs out).
        entity.nextAttemptAt = leaseUntil;
        return Optional.of(new ClaimedDelivery(delivery, leaseUntil, entity.traceparent));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Delivery> lockClaimed(UUID id, Instant leaseUntil) {
        List<DeliveryJpaEntity> rows = repository.getEntityManager().createNativeQuery(
                        "SELECT * FROM delivery WHERE id = ?1 FOR UPDATE", DeliveryJpaEntity.class)
                .setParameter(1, id).getResultList();
        return rows.stream().filter(e -> leaseUntil.equals(e.nextAttemptAt)
                        && ("PENDING".equals(e.status) || "RETRYING".equals(e.status)))
                .findFirst().map(DeliveryPersistenceAdapter::toDomain);
    }

    @Override
    public void continueTrace(String trace) {
        traces.resume(trace);
    }

    @Override
    public List<Delivery> heldDue(Instant now, int limit) {
        return repository.find("status = 'HELD' and nextAttemptAt <= ?1", Sort.by("nextAttemptAt"), now)
                .page(0, limit).list().stream().map(DeliveryPersistenceAdapter::toDomain).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Delivery> lockHeld(String recipientId, Channel channel, Instant now) {
        List<DeliveryJpaEntity> rows = repository.getEntityManager().createNativeQuery(
                        "SELECT * FROM delivery WHERE status = 'HELD' AND recipient_id = ?1 AND channel = ?2 "
                                + "AND next_attempt_at <= ?3 ORDER BY created_at FOR UPDATE SKIP LOCKED",
                        DeliveryJpaEntity.class)
                .setParameter(1, recipientId).setParameter(2, channel.name()).setParameter(3, Timestamp.from(now))
                .getResultList();
        return rows.stream().map(this::resumed).toList();
    }

    /** A delivery locked to be sent: what this transaction does next continues the trace that created it. */
    private Delivery resumed(DeliveryJpaEntity entity) {
        traces.resume(entity.traceparent);
        return toDomain(entity);
    }

    @Override
    public List<Delivery> find(DeliveryStatus status, UUID eventId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status.name());
        }
        if (eventId != null) {
            query.append(" and eventId = :eventId");
            parameters.and("eventId", eventId);
        }
        return repository.find(query.toString(), Sort.descending("createdAt", "id"), parameters).page(0, limit).list()
                .stream().map(DeliveryPersistenceAdapter::toDomain).toList();
    }

    private static Delivery toDomain(DeliveryJpaEntity e) {
        return new Delivery(e.id, e.recipientId,
                Channel.valueOf(e.channel), NoticeJson.read(e.notice), e.createdAt, DeliveryStatus.valueOf(e.status),
                e.attempts, e.lastError, e.nextAttemptAt, e.sentAt, e.grouped);
    }
}
