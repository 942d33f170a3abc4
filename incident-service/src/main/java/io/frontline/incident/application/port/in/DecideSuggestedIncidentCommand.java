package io.frontline.incident.application.port.in;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The floor supervisor confirms a suggested incident, or dismisses it with a reason. */
public record DecideSuggestedIncidentCommand(Actor actor, UUID suggestionId, boolean confirm, String reason) {
    public DecideSuggestedIncidentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(suggestionId, "suggestionId");
    }
}
