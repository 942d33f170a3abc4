package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** An open care task in a work queue, with the incident and site it belongs to (seed 000: after-care on time). */
public record CareTaskDue(UUID taskId, UUID incidentId, IncidentReference reference, String siteId, CareTaskKind kind,
                          Instant dueAt, CareTaskStatus status) {
    public boolean overdueAt(Instant now) {
        return status == CareTaskStatus.OPEN && dueAt.isBefore(now);
    }
}
