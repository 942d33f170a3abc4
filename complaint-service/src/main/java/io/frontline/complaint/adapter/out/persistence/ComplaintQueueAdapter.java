package io.frontline.complaint.adapter.out.persistence;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.ComplaintQueue;
import io.frontline.complaint.application.domain.model.ComplaintReference;
import io.frontline.complaint.application.domain.model.ComplaintStatus;
import io.frontline.complaint.application.domain.model.EscalationLevel;
import io.frontline.complaint.application.port.out.ListComplaintsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The complaint queue as one SQL query: site scope, filters and the keyset position in the WHERE clause, the
 * order on an index (V40), LIMIT last — so a page never loses rows to a filter applied after it was cut.
 */
@ApplicationScoped
class ComplaintQueueAdapter implements ListComplaintsPort {
    private static final String COLUMNS = "id, reference, site_id, channel, category, subject, status, received_at, "
            + "response_due, due_at, term_paused_since IS NOT NULL, assignee, escalation_level, "
            + "(proposed_conduct_by IS NOT NULL OR proposed_rejection_by IS NOT NULL)";

    @Inject
    EntityManager entityManager;

    @Override
    public List<ComplaintQueue.Item> list(ComplaintQueue.Query query) {
        ComplaintQueue.Filter filter = query.filter();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.sites().isPresent()) {
            Set<String> sites = query.sites().get();
            if (sites.isEmpty()) {
                return List.of();
            }
            where.add("site_id IN (:sites)");
            params.put("sites", List.copyOf(sites));
        }
        if (!filter.statuses().isEmpty()) {
            where.add("status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (!filter.categories().isEmpty()) {
            where.add("category IN (:categories)");
            params.put("categories", filter.categories().stream().map(Enum::name).toList());
        }
        if (!filter.channels().isEmpty()) {
            where.add("channel IN (:channels)");
            params.put("channels", filter.channels().stream().map(Enum::name).toList());
        }
        if (filter.assignee() != null) {
            switch (filter.assignee().kind()) {
                case UNASSIGNED -> where.add("assignee IS NULL");
                case MINE -> {
                    where.add("assignee = :assignee");
                    params.put("assignee", query.handler());
                }
                case HANDLER -> {
                    where.add("assignee = :assignee");
                    params.put("assignee", filter.assignee().handler());
                }
            }
        }
        if (filter.due() != null) {
            // a term that waits for the complainant is neither due soon nor overdue: its clock stands still
            where.add("closed_at IS NULL AND term_paused_since IS NULL");
            params.put("now", query.now());
            if (filter.due() == ComplaintQueue.Due.OVERDUE) {
                where.add("due_at <= :now");
            } else {
                where.add("due_at > :now AND due_at <= :soon");
                params.put("soon", query.now().plus(ComplaintQueue.DUE_SOON));
            }
        }
        if (filter.receivedFrom() != null) {
            where.add("received_at >= :receivedFrom");
            params.put("receivedFrom", filter.receivedFrom());
        }
        if (filter.receivedBefore() != null) {
            where.add("received_at < :receivedBefore");
            params.put("receivedBefore", filter.receivedBefore());
        }
        if (filter.reference() != null) {
            // a whole or leading part of a reference uses the pattern index; a number alone is found anywhere in it
            where.add("reference LIKE :reference");
            String escaped = filter.reference().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("reference", escaped.startsWith("CMP") ? escaped + "%" : "%" + escaped + "%");
        }
        String column = query.sort().byDue() ? "due_at" : "received_at";
        String direction = query.sort().descending() ? "DESC" : "ASC";
        if (query.after() != null) {
            where.add("(" + column + ", id) " + (query.sort().descending() ? "<" : ">") + " (:afterKey, :afterId)");
            params.put("afterKey", query.after().key());
            params.put("afterId", query.after().id());
        }
        String sql = "SELECT " + COLUMNS + " FROM complaint"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + column + " " + direction + ", id " + direction + " LIMIT :limit";
        Query native_ = entityManager.createNativeQuery(sql);
        params.forEach(native_::setParameter);
        native_.setParameter("limit", query.limit());
        List<ComplaintQueue.Item> items = new ArrayList<>();
        for (Object row : native_.getResultList()) {
            items.add(item((Object[]) row));
        }
        return items;
    }

    private static ComplaintQueue.Item item(Object[] r) {
        return new ComplaintQueue.Item(uuid(r[0]), new ComplaintReference((String) r[1]), (String) r[2],
                Channel.valueOf((String) r[3]), Category.valueOf((String) r[4]), (String) r[5],
                ComplaintStatus.valueOf((String) r[6]), instant(r[7]), date(r[8]), instant(r[9]),
                Boolean.TRUE.equals(r[10]), (String) r[11], r[12] == null ? null : EscalationLevel.valueOf((String) r[12]),
                Boolean.TRUE.equals(r[13]));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
