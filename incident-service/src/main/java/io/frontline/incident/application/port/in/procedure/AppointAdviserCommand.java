package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A party names the adviser who assists them (seed 004, Klachtenprocedure 5). */
public record AppointAdviserCommand(Actor actor, UUID complaintId, String name) {
    public AppointAdviserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
