package io.frontline.incident.application.port.in;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/**
 * A step in the workflow. The note is what the step needs: the reason no statement other than the
 * victim's exists (confirm), why it is unfounded, the recurrence-prevention note (close), the reason to
 * reopen.
 */
public record ChangeIncidentStatusCommand(Actor actor, UUID incidentId, IncidentTransition transition,
                                          String note) {
    public ChangeIncidentStatusCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(transition, "transition");
    }
}
