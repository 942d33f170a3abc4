package io.frontline.notification.adapter.out.persistence.escalation;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.escalation.EscalationStatistics;
import io.frontline.notification.application.domain.model.escalation.EscalationStatus;
import io.frontline.notification.application.port.out.escalation.EscalationStatisticsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts behind the escalation figures, the reader's sites and the period in the queries' conditions. */
@ApplicationScoped
class EscalationStatisticsPersistenceAdapter implements EscalationStatisticsPort {
    @Inject
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<EscalationStatistics.Facts> escalationsStarted(Set<String> sites, Instant from, Instant to) {
        Query query = em.createNativeQuery("SELECT policy, level, status, started_at, acknowledged_at FROM escalation "
                + "WHERE started_at >= :from AND started_at < :to" + (sites == null ? "" : " AND site_id IN (:sites)"));
        query.setParameter("from", from);
        query.setParameter("to", to);
        if (sites != null) {
            query.setParameter("sites", sites);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new EscalationStatistics.Facts(
                (String) r[0], ((Number) r[1]).intValue(),
                EscalationStatus.valueOf((String) r[2]), instant(r[3]), instant(r[4])))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Long> deliveriesFailedByChannel(Instant from, Instant to) {
        Query query = em.createNativeQuery("SELECT channel, count(*) FROM delivery WHERE status = 'FAILED' "
                + "AND created_at >= :from AND created_at < :to GROUP BY channel ORDER BY channel");
        query.setParameter("from", from);
        query.setParameter("to", to);
        Map<String, Long> failed = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            // Stored by the constant's name, answered by the wire's (in-app, not IN_APP).
            failed.put(Channel.valueOf((String) r[0]).code(), ((Number) r[1]).longValue());
        }
        return failed;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected time value " + value.getClass());
    }
}
