package io.frontline.notification.application.port.in.escalation;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A person acknowledges an escalation over the API: they take it, and no further level is told. */
public record AcknowledgeEscalationCommand(Actor actor, UUID escalationId) {
    public AcknowledgeEscalationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(escalationId, "escalationId");
    }
}
