package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.CareTaskDue;
import io.frontline.incident.application.domain.model.CareTaskKind;
import io.frontline.incident.application.domain.model.CareTaskStatus;
import io.frontline.incident.application.domain.model.IncidentQueueFilter;
import io.frontline.incident.application.domain.model.IncidentQueueSort;
import io.frontline.incident.application.domain.model.IncidentReference;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.domain.model.IncidentSummary;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.Severity;
import io.frontline.incident.application.port.out.IncidentQueuePort;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.query.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The work queues as keyset reads: the reader's sites, the filters and the cursor are all conditions of one query
 * that an index of V40 answers in its order, so a page costs the same on the first and the thousandth page.
 */
@ApplicationScoped
class IncidentQueuePersistenceAdapter implements IncidentQueuePort {
    private static final String INCIDENT_COLUMNS = "id, reference, site_id, types, severity, status, source, "
            + "occurred_at, reported_at, outcome";

    @Inject
    Sql sql;

    @Inject
    Organisation organisation;

    /** A query and its parameters, as the queues run it (and the load test explains it). */
    record Query(String sql, Object[] params) {
    }

    @Override
    public List<IncidentSummary> incidents(Set<String> sites, IncidentQueueFilter filter, IncidentQueueSort sort,
                                           Cursor after, int rows) {
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        ZoneId zone = filter.siteId() == null ? organisation.timeZone() : organisation.zoneOf(filter.siteId());
        Query query = incidentsQuery(sites, filter, sort, after, rows, zone);
        return sql.query(query.sql(), IncidentQueuePersistenceAdapter::summary, query.params());
    }

    static Query incidentsQuery(Set<String> sites, IncidentQueueFilter filter, IncidentQueueSort sort, Cursor after,
                                int rows) {
        return incidentsQuery(sites, filter, sort, after, rows, ZoneId.of("UTC"));
    }

    /** {@code zone}: the site's, in which a weekday and hour filter reads the time it happened. */
    static Query incidentsQuery(Set<String> sites, IncidentQueueFilter filter, IncidentQueueSort sort, Cursor after,
                                int rows, ZoneId zone) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (sites != null) {
            where.append(" AND site_id = ANY (?)");
            params.add(sites.toArray(String[]::new));
        }
        if (filter.siteId() != null) {
            where.append(" AND site_id = ?");
            params.add(filter.siteId());
        }
        if (filter.status() != null) {
            where.append(" AND status = ?");
            params.add(filter.status().name());
        }
        if (filter.severity() != null) {
            where.append(" AND severity = ?");
            params.add(filter.severity().name());
        }
        if (filter.type() != null) {
            where.append(" AND types @> ARRAY[?]::text[]");
            params.add(filter.type().name());
        }
        if (filter.source() != null) {
            where.append(" AND source = ?");
            params.add(filter.source().name());
        }
        String dateColumn = filter.dateField() == IncidentQueueFilter.DateField.OCCURRED ? "occurred_at" : "reported_at";
        if (filter.from() != null) {
            where.append(" AND ").append(dateColumn).append(" >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND ").append(dateColumn).append(" < ?");
            params.add(filter.to());
        }
        if (filter.weekday() != null) {
            where.append(" AND extract(isodow FROM occurred_at AT TIME ZONE ?) = ?");
            params.add(zone.getId());
            params.add(filter.weekday());
        }
        if (filter.hour() != null) {
            where.append(" AND extract(hour FROM occurred_at AT TIME ZONE ?) = ?");
            params.add(zone.getId());
            params.add(filter.hour());
        }
        String order = sort.descending() ? " DESC" : " ASC";
        String compare = sort.descending() ? " < " : " > ";
        String keys;
        switch (sort) {
            case NEWEST_OCCURRED:
            case OLDEST_OCCURRED:
                keys = "occurred_at, id";
                break;
            case MOST_SEVERE:
            case LEAST_SEVERE:
                keys = "severity_rank, reported_at, id";
                break;
            default:
                keys = "reported_at, id";
        }
        if (after != null) {
            try {
                if (sort == IncidentQueueSort.MOST_SEVERE || sort == IncidentQueueSort.LEAST_SEVERE) {
                    where.append(" AND (severity_rank, reported_at, id)").append(compare).append("(?, ?, ?)");
                    params.add(Severity.valueOf(after.key(0)).ordinal() + 1);
                    params.add(Instant.parse(after.key(1)));
                    params.add(UUID.fromString(after.key(2)));
                } else {
                    where.append(" AND (").append(keys).append(")").append(compare).append("(?, ?)");
                    params.add(Instant.parse(after.key(0)));
                    params.add(UUID.fromString(after.key(1)));
                }
            } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
                throw new InvalidValue("cursor", "cursor is not one this list handed out; start again without it");
            }
        }
        StringBuilder orderBy = new StringBuilder(" ORDER BY ");
        String[] columns = keys.split(", ");
        for (int i = 0; i < columns.length; i++) {
            orderBy.append(i == 0 ? "" : ", ").append(columns[i]).append(order);
        }
        params.add(rows);
        return new Query("SELECT " + INCIDENT_COLUMNS + " FROM incident" + where + orderBy + " LIMIT ?",
                params.toArray());
    }

    @Override
    public List<CareTaskDue> openCareTasks(Set<String> sites, String siteId, Instant dueBefore, Cursor after,
                                           int rows) {
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        Query query = careTasksQuery(sites, siteId, dueBefore, after, rows);
        return sql.query(query.sql(), IncidentQueuePersistenceAdapter::careTask, query.params());
    }

    static Query careTasksQuery(Set<String> sites, String siteId, Instant dueBefore, Cursor after, int rows) {
        StringBuilder where = new StringBuilder(" WHERE t.status = 'OPEN'");
        List<Object> params = new ArrayList<>();
        if (sites != null) {
            where.append(" AND i.site_id = ANY (?)");
            params.add(sites.toArray(String[]::new));
        }
        if (siteId != null) {
            where.append(" AND i.site_id = ?");
            params.add(siteId);
        }
        if (dueBefore != null) {
            where.append(" AND t.due_at < ?");
            params.add(dueBefore);
        }
        if (after != null) {
            try {
                where.append(" AND (t.due_at, t.id) > (?, ?)");
                params.add(Instant.parse(after.key(0)));
                params.add(UUID.fromString(after.key(1)));
            } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
                throw new InvalidValue("cursor", "cursor is not one this list handed out; start again without it");
            }
        }
        params.add(rows);
        return new Query("SELECT t.id AS task_id, t.incident_id, i.reference, i.site_id, t.kind, t.due_at, t.status "
                + "FROM care_task t JOIN incident i ON i.id = t.incident_id" + where + " ORDER BY t.due_at, t.id LIMIT ?",
                params.toArray());
    }

    /** The newest incident's care first, each incident's tasks by due time. */
    @Override
    public List<CareTaskDue> careTasksOf(String userId, int rows) {
        return sql.query("SELECT t.id AS task_id, t.incident_id, i.reference, i.site_id, t.kind, t.due_at, t.status "
                        + "FROM care_task t JOIN incident i ON i.id = t.incident_id "
                        + "WHERE i.id IN (SELECT id FROM incident WHERE reported_by = ? "
                        + "UNION SELECT id FROM incident WHERE victims @> ARRAY[?]::text[]) "
                        + "ORDER BY i.reported_at DESC, i.id, t.due_at, t.id LIMIT ?",
                IncidentQueuePersistenceAdapter::careTask, userId, userId, rows);
    }

    private static IncidentSummary summary(ResultSet rs) throws SQLException {
        Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
        Array array = rs.getArray("types");
        for (Object type : (Object[]) array.getArray()) {
            types.add(IncidentType.valueOf((String) type));
        }
        String outcome = rs.getString("outcome");
        return new IncidentSummary(rs.getObject("id", UUID.class), new IncidentReference(rs.getString("reference")),
                rs.getString("site_id"), types, Severity.valueOf(rs.getString("severity")),
                IncidentStatus.valueOf(rs.getString("status")), IncidentSource.valueOf(rs.getString("source")),
                Sql.instant(rs, "occurred_at"), Sql.instant(rs, "reported_at"),
                outcome == null ? null : IncidentStatus.valueOf(outcome));
    }

    private static CareTaskDue careTask(ResultSet rs) throws SQLException {
        return new CareTaskDue(rs.getObject("task_id", UUID.class), rs.getObject("incident_id", UUID.class),
                new IncidentReference(rs.getString("reference")), rs.getString("site_id"),
                CareTaskKind.valueOf(rs.getString("kind")), Sql.instant(rs, "due_at"),
                CareTaskStatus.valueOf(rs.getString("status")));
    }
}
