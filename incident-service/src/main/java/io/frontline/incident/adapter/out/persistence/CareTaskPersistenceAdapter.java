package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.CareTask;
import io.frontline.incident.application.domain.model.CareTaskKind;
import io.frontline.incident.application.domain.model.CareTaskStatus;
import io.frontline.incident.application.port.out.CareTasksPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class CareTaskPersistenceAdapter implements CareTasksPort {
    @Inject
    Sql sql;

    @Override
    public void save(CareTask t) {
        sql.update("INSERT INTO care_task (id, incident_id, kind, due_at, status, note, completed_by, completed_at, "
                        + "overdue_reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                        + "due_at = EXCLUDED.due_at, status = EXCLUDED.status, note = EXCLUDED.note, "
                        + "completed_by = EXCLUDED.completed_by, "
                        + "completed_at = EXCLUDED.completed_at, overdue_reported_at = EXCLUDED.overdue_reported_at, "
                        + "version = care_task.version + 1",
                t.id(), t.incidentId(), t.kind().name(), t.dueAt(), t.status().name(), t.note().orElse(null),
                t.completedBy().orElse(null), ts(t.completedAt()), ts(t.overdueReportedAt()));
    }

    /** A new care plan in one statement (one round trip), instead of one per task. */
    @Override
    public void saveAll(List<CareTask> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        StringBuilder statement = new StringBuilder("INSERT INTO care_task (id, incident_id, kind, due_at, status, note, "
                + "completed_by, completed_at, overdue_reported_at) VALUES ");
        List<Object> params = new ArrayList<>();
        for (CareTask t : tasks) {
            statement.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(t.id(), t.incidentId(), t.kind().name(), t.dueAt(), t.status().name(),
                    t.note().orElse(null), t.completedBy().orElse(null), ts(t.completedAt()),
                    ts(t.overdueReportedAt())));
        }
        sql.update(statement.toString(), params.toArray());
    }

    private static Timestamp ts(Optional<Instant> instant) {
        return instant.map(Timestamp::from).orElse(null);
    }

    @Override
    public List<CareTask> tasksOf(UUID incidentId) {
        return sql.query("SELECT * FROM care_task WHERE incident_id = ? ORDER BY due_at, kind", CareTaskPersistenceAdapter::task,
                incidentId);
    }

    @Override
    public Optional<CareTask> load(UUID taskId) {
        return sql.query("SELECT * FROM care_task WHERE id = ? FOR UPDATE", CareTaskPersistenceAdapter::task, taskId)
                .stream().findFirst();
    }

    @Override
    public List<CareTask> openPastDueNotReported(Instant now) {
        // SKIP LOCKED: two replicas running the watch at once report each task once between them.
        return sql.query("SELECT * FROM care_task WHERE status = 'OPEN' AND overdue_reported_at IS NULL AND due_at < ? "
                + "ORDER BY due_at FOR UPDATE SKIP LOCKED", CareTaskPersistenceAdapter::task, now);
    }

    private static CareTask task(ResultSet rs) throws SQLException {
        return new CareTask(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                CareTaskKind.valueOf(rs.getString("kind")), Sql.instant(rs, "due_at"),
                CareTaskStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("completed_by"),
                Sql.instant(rs, "completed_at"), Sql.instant(rs, "overdue_reported_at"));
    }
}
