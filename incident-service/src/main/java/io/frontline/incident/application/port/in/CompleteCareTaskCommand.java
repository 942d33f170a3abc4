package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.CareTaskStatus;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A care task done or skipped, with a note. */
public record CompleteCareTaskCommand(Actor actor, UUID incidentId, UUID taskId, CareTaskStatus outcome,
                                      String note) {
    public CompleteCareTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(taskId, "taskId");
        if (outcome == null || outcome == CareTaskStatus.OPEN) {
            throw new IllegalArgumentException("a task is completed as done or skipped");
        }
    }
}
