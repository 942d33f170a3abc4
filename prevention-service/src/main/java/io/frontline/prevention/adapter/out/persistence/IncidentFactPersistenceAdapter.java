package io.frontline.prevention.adapter.out.persistence;

import io.frontline.prevention.application.domain.model.IncidentFact;
import io.frontline.prevention.application.port.out.IncidentFactStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Facts per incident, filled in by whichever event arrives (events of one incident arrive in order, but a
 * consumer may start in the middle of a history): each event adds what it knows and keeps what is there.
 */
@ApplicationScoped
class IncidentFactPersistenceAdapter implements IncidentFactStore {
    @Inject
    EntityManager em;

    private IncidentFactJpaEntity row(UUID incidentId, String siteId) {
        em.createNativeQuery("INSERT INTO incident_fact (incident_id, site_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, incidentId).setParameter(2, siteId).executeUpdate();
        return em.find(IncidentFactJpaEntity.class, incidentId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void reported(UUID incidentId, String siteId, List<String> types, String severity, Instant reportedAt) {
        IncidentFactJpaEntity e = row(incidentId, siteId);
        e.types = String.join(",", types);
        e.severity = severity;
        e.reportedAt = reportedAt;
    }

    @Override
    public void decided(UUID incidentId, String siteId, String outcome, List<String> types, String severity,
                        Instant at) {
        IncidentFactJpaEntity e = row(incidentId, siteId);
        e.outcome = outcome;
        e.decidedAt = at;
        if (types != null && !types.isEmpty()) {
            e.types = String.join(",", types);
        }
        if (severity != null) {
            e.severity = severity;
        }
    }

    @Override
    public void careLate(UUID incidentId, String siteId) {
        row(incidentId, siteId).careLate = true;
    }

    @Override
    public void closed(UUID incidentId, String siteId, String outcome, String preventionNote, Instant at) {
        IncidentFactJpaEntity e = row(incidentId, siteId);
        e.outcome = outcome;
        e.closedAt = at;
        e.preventionNote = preventionNote;
    }

    @Override
    public void complaintReceived(UUID complaintId, String siteId, Instant receivedAt) {
        em.createNativeQuery("INSERT INTO complaint_fact (complaint_id, site_id, received_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, complaintId).setParameter(2, siteId).setParameter(3, Timestamp.from(receivedAt))
                .executeUpdate();
    }

    @Override
    public List<IncidentFact> incidents(String siteId, Instant from, Instant to) {
        // The site scope is part of the query (never a filter afterwards).
        var query = em.createQuery("from IncidentFactJpaEntity where " + (siteId == null ? "" : "siteId = :site and ")
                + "((reportedAt >= :from and reportedAt < :to) or (closedAt >= :from and closedAt < :to) "
                + "or (decidedAt >= :from and decidedAt < :to))", IncidentFactJpaEntity.class);
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        return query.setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(IncidentFactPersistenceAdapter::toDomain).toList();
    }

    @Override
    public int complaints(String siteId, Instant from, Instant to) {
        var query = em.createNativeQuery("SELECT count(*) FROM complaint_fact WHERE received_at >= :from "
                + "AND received_at < :to" + (siteId == null ? "" : " AND site_id = :site"));
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        Number n = (Number) query.setParameter("from", Timestamp.from(from)).setParameter("to", Timestamp.from(to))
                .getSingleResult();
        return n.intValue();
    }

    private static IncidentFact toDomain(IncidentFactJpaEntity e) {
        List<String> types = e.types == null || e.types.isBlank() ? List.of() : Arrays.asList(e.types.split(","));
        return new IncidentFact(e.incidentId, e.siteId, types, e.severity, e.reportedAt, e.outcome, e.decidedAt,
                e.closedAt, e.preventionNote, e.careLate);
    }
}
