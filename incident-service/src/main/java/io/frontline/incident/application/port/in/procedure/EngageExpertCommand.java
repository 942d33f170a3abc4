package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The committee engages experts to investigate (seed 004, Klachtenprocedure 7). */
public record EngageExpertCommand(Actor actor, UUID complaintId, String expertise) {
    public EngageExpertCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
