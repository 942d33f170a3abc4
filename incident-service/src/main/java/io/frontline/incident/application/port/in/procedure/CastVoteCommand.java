package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.Finding;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A committee member votes on the finding (seed 004, Oordeel 1: majority of votes). */
public record CastVoteCommand(Actor actor, UUID complaintId, Finding finding) {
    public CastVoteCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
