package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A party states its position or answers the other side's (seed 004, Klachtenprocedure 8). */
public record SubmitPositionCommand(Actor actor, UUID complaintId, String text, UUID inReplyTo) {
    public SubmitPositionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
