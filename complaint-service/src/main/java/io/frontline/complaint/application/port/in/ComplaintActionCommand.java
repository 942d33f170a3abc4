package io.frontline.complaint.application.port.in;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A workflow step on one complaint by a handler; {@code text} is the answer, reason or question it needs. */
public record ComplaintActionCommand(Actor actor, UUID complaintId, String text) {
    public ComplaintActionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
