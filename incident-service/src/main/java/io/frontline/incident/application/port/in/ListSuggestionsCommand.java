package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.SuggestedIncidentStatus;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.query.Cursor;

import java.util.Objects;

/** One page of live detection's suggestions at the actor's call centers, by status, newest first. */
public record ListSuggestionsCommand(Actor actor, SuggestedIncidentStatus status, int limit, Cursor after) {
    public static final String SORT = "-suggested";

    public ListSuggestionsCommand {
        Objects.requireNonNull(actor, "actor");
        status = status == null ? SuggestedIncidentStatus.OPEN : status;
        if (limit < 1) {
            throw new InvalidValue("limit", "limit must be positive");
        }
    }
}
