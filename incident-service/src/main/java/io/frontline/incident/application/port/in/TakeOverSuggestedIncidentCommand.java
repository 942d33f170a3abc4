package io.frontline.incident.application.port.in;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The floor supervisor takes over the call a suggestion is about. */
public record TakeOverSuggestedIncidentCommand(Actor actor, UUID suggestionId) {
    public TakeOverSuggestedIncidentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(suggestionId, "suggestionId");
    }
}
