package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** Management answers an objection in writing within 14 days (seed 004, Niet eens met de beslissing). */
public record AnswerObjectionCommand(Actor actor, UUID complaintId, UUID objectionId, String answer) {
    public AnswerObjectionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(objectionId, "objectionId");
    }
}
