package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.StatementRole;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A statement, given by the actor in the capacity of {@code authorRole}. */
public record AddStatementCommand(Actor actor, UUID incidentId, StatementRole authorRole, String text) {
    public AddStatementCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(authorRole, "authorRole");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
    }
}
