package io.frontline.platform.persistence;

import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.query.Cursor;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a service's trail of confidential reads, in its own table {@code confidential_read} (created by each
 * service's migration: id, at, actor, kind, target, granted). Called from a service's persistence adapter with its
 * {@link JdbcRows} bean, so the line is written on the transaction's connection.
 */
public final class ConfidentialReadRows {
    private ConfidentialReadRows() {
    }

    public static void insert(JdbcRows sql, ConfidentialRead read) {
        sql.update("INSERT INTO confidential_read (at, actor, kind, target, granted) VALUES (?, ?, ?, ?, ?)",
                read.at(), read.actor(), read.kind(), read.target(), read.granted());
    }

    /**
     * Up to {@code rows} lines, newest first, after the cursor (its keys: the last line's instant and id); the filter
     * applied in the query.
     */
    public static List<ConfidentialRead> newestFirst(JdbcRows sql, ConfidentialRead.Filter filter, Cursor after,
                                                     int rows) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (filter.kind() != null) {
            where.append(" AND kind = ?");
            params.add(filter.kind());
        }
        if (filter.actor() != null) {
            where.append(" AND actor = ?");
            params.add(filter.actor());
        }
        if (filter.granted() != null) {
            where.append(" AND granted = ?");
            params.add(filter.granted());
        }
        if (filter.from() != null) {
            where.append(" AND at >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND at < ?");
            params.add(filter.to());
        }
        if (after != null) {
            where.append(" AND (at, id) < (?, ?)");
            params.add(java.time.Instant.parse(after.key(0)));
            params.add(Long.parseLong(after.key(1)));
        }
        params.add(rows);
        return sql.query("SELECT id, at, actor, kind, target, granted FROM confidential_read" + where
                        + " ORDER BY at DESC, id DESC LIMIT ?",
                rs -> new ConfidentialRead(rs.getLong("id"), JdbcRows.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("kind"), rs.getString("target"), rs.getBoolean("granted")),
                params.toArray());
    }

}
