package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.incident.care-task-overdue.v1} on {@code incidents.events}: a victim-care task of an incident
 * passed its due time without being done or skipped; told once per task.
 */
public record CareTaskOverdueV1(String incidentId, String reference, String siteId, String taskId, String task,
                                Instant dueAt, Instant detectedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
