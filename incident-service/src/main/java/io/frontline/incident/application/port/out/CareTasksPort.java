package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.CareTask;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds the tasks of incidents' care plans. */
public interface CareTasksPort {
    void save(CareTask task);

    /** Stores the tasks of a new care plan, together. */
    default void saveAll(List<CareTask> tasks) {
        tasks.forEach(this::save);
    }

    List<CareTask> tasksOf(UUID incidentId);

    Optional<CareTask> load(UUID taskId);

    /** Open tasks due before {@code now} that were not yet reported overdue, locked for the caller. */
    List<CareTask> openPastDueNotReported(Instant now);
}
