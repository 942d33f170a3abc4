package io.frontline.complaint.adapter.out.persistence;

import io.frontline.complaint.application.domain.model.ServiceStatus;
import io.frontline.complaint.application.domain.model.SubjectRequestAction;
import io.frontline.complaint.application.domain.model.SubjectRequestRecord;
import io.frontline.complaint.application.port.out.SubjectRequestLogPort;
import io.frontline.platform.persistence.JdbcRows;
import io.frontline.platform.query.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The record of customers' requests: append-only rows, written with the platform's JdbcRows. */
@ApplicationScoped
class SubjectRequestLogAdapter implements SubjectRequestLogPort {
    @Inject
    Sql sql;

    @Override
    @Transactional
    public void record(SubjectRequestRecord r) {
        // subject keys are sk1_ + [A-Za-z0-9_-]: safe inside an array literal
        sql.update("INSERT INTO subject_request (id, action, requested_by, requested_at, reason, subject_keys, "
                        + "complete) VALUES (?, ?, ?, ?, ?, ?::text[], ?)", r.id(), r.action().name(), r.requestedBy(),
                r.requestedAt(), r.reason(), "{" + String.join(",", r.subjectKeys()) + "}", r.complete());
        int position = 0;
        for (SubjectRequestRecord.ServiceRecord s : r.services()) {
            sql.update("INSERT INTO subject_request_service (request_id, position, service, status, count, kept) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", r.id(), position++, s.service(), s.status().name(), s.count(), s.kept());
        }
    }

    @Override
    @Transactional
    public List<SubjectRequestRecord> newestFirst(Cursor after, int limit) {
        String where = after == null ? "" : " WHERE (requested_at, id) < (?, ?)";
        Object[] params = after == null ? new Object[]{limit}
                : new Object[]{Instant.parse(after.key(0)), UUID.fromString(after.key(1)), limit};
        record Head(UUID id, SubjectRequestAction action, String by, Instant at, String reason, List<String> keys,
                    boolean complete) {
        }
        List<Head> heads = sql.query("SELECT id, action, requested_by, requested_at, reason, subject_keys, complete "
                + "FROM subject_request" + where + " ORDER BY requested_at DESC, id DESC LIMIT ?", rs -> new Head(
                rs.getObject("id", UUID.class), SubjectRequestAction.valueOf(rs.getString("action")),
                rs.getString("requested_by"), JdbcRows.instant(rs, "requested_at"), rs.getString("reason"),
                Arrays.asList((String[]) rs.getArray("subject_keys").getArray()), rs.getBoolean("complete")), params);
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SubjectRequestRecord.ServiceRecord>> services = new HashMap<>();
        sql.query("SELECT request_id, service, status, count, kept FROM subject_request_service "
                        + "WHERE request_id = ANY (?::uuid[]) ORDER BY request_id, position", rs -> services
                        .computeIfAbsent(rs.getObject("request_id", UUID.class), k -> new ArrayList<>())
                        .add(new SubjectRequestRecord.ServiceRecord(rs.getString("service"), ServiceStatus.valueOf(rs.getString("status")),
                                rs.getInt("count"), rs.getInt("kept"))),
                "{" + String.join(",", heads.stream().map(h -> h.id().toString()).toList()) + "}");
        return heads.stream().map(h -> new SubjectRequestRecord(h.id(), h.action(), h.by(), h.at(), h.reason(), h.keys(),
                h.complete(), services.getOrDefault(h.id(), List.of()))).toList();
    }
}
