package io.frontline.complaint.application.port.in;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** Makes a handler responsible for a complaint. */
public record AssignComplaintCommand(Actor actor, UUID complaintId, String assignee) {
    public AssignComplaintCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
        if (assignee == null || assignee.isBlank()) {
            throw new IllegalArgumentException("assignee is required");
        }
    }
}
