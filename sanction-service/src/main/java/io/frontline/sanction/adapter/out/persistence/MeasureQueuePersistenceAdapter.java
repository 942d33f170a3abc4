package io.frontline.sanction.adapter.out.persistence;

import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.port.out.MeasureQueuePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures work queues as one SQL question each: the queue's condition, the reader's scope and the keyset
 * after the previous page, in the order of a partial index of V40, so a page costs a short index range scan
 * however many measures the table holds.
 */
@ApplicationScoped
class MeasureQueuePersistenceAdapter implements MeasureQueuePort {
    @Inject
    EntityManager em;

    @Inject
    MeasurePersistenceAdapter measures;

    @Override
    @SuppressWarnings("unchecked")
    public List<Measure> queue(Criteria c) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        switch (c.queue()) {
            case AWAITING_APPROVAL -> where.add("status = 'PROPOSED'");
            case ACTIVE -> where.add("status = 'ACTIVE'");
            case EXPIRING -> {
                where.add("status = 'ACTIVE' AND until IS NOT NULL AND until > :now AND until <= :endingBefore");
                parameters.put("now", c.now());
                parameters.put("endingBefore", c.endingBefore());
            }
            case OBJECTION_PENDING -> where.add("objection_filed_at IS NOT NULL AND objection_outcome IS NULL");
        }
        if (!(c.allCustomerMeasures() && c.staffMeasures())) {
            List<String> scope = new ArrayList<>();
            if (c.allCustomerMeasures()) {
                scope.add("employee_id IS NULL");
            } else if (!c.customerSites().isEmpty()) {
                scope.add("(employee_id IS NULL AND site_id IN (:sites))");
                parameters.put("sites", List.copyOf(c.customerSites()));
            }
            if (c.staffMeasures()) {
                scope.add("employee_id IS NOT NULL");
            }
            if (scope.isEmpty()) {
                return List.of();
            }
            where.add(scope.size() == 1 ? scope.get(0) : "(" + String.join(" OR ", scope) + ")");
        }
        if (c.site() != null) {
            where.add("site_id = :site");
            parameters.put("site", c.site());
        }
        if (c.notDecidedBy() != null) {
            // Four eyes: never the proposer, nor who decided the facts the measure rests on.
            where.add("proposed_by <> :me AND incident_confirmed_by IS DISTINCT FROM :me"
                    + " AND suggestion_confirmed_by IS DISTINCT FROM :me AND procedure_decided_by IS DISTINCT FROM :me");
            parameters.put("me", c.notDecidedBy());
        }
        boolean descending = c.sort().startsWith("-");
        String column = switch (descending ? c.sort().substring(1) : c.sort()) {
            case "proposed" -> "proposed_at";
            case "approved" -> "approved_at";
            case "until" -> "until";
            case "decision-due" -> "objection_decision_due";
            default -> throw new IllegalArgumentException("unknown sort " + c.sort());
        };
        if (c.afterKey() != null) {
            where.add("(" + column + ", id) " + (descending ? "<" : ">") + " (:afterKey, :afterId)");
            parameters.put("afterKey", c.afterKey());
            parameters.put("afterId", c.afterId());
        }
        String direction = descending ? " DESC" : "";
        Query query = em.createNativeQuery("SELECT * FROM measure WHERE " + String.join(" AND ", where)
                + " ORDER BY " + column + direction + ", id" + direction + " LIMIT :rows", MeasureJpaEntity.class);
        parameters.forEach(query::setParameter);
        query.setParameter("rows", c.rows());
        List<MeasureJpaEntity> rows = query.getResultList();
        return rows.stream().map(measures::toDomain).toList();
    }
}
