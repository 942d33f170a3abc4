package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.EscalationLevel;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** Takes a complaint to management or to the external complaints committee, with a reason. */
public record EscalateComplaintCommand(Actor actor, UUID complaintId, EscalationLevel level, String reason) {
    public EscalateComplaintCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(level, "level");
    }
}
