package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A party objects to management's decision with written reasons (seed 004, Niet eens met de beslissing). */
public record FileObjectionCommand(Actor actor, UUID complaintId, String reasons) {
    public FileObjectionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
