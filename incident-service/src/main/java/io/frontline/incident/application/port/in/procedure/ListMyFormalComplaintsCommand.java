package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.query.Cursor;

import java.util.Objects;

/** One page of the caller's formal complaints, newest received first. */
public record ListMyFormalComplaintsCommand(Actor actor, int limit, Cursor after) {
    public static final String SORT = "-received";

    public ListMyFormalComplaintsCommand {
        Objects.requireNonNull(actor, "actor");
        if (limit < 1) {
            throw new InvalidValue("limit", "limit must be positive");
        }
    }
}
