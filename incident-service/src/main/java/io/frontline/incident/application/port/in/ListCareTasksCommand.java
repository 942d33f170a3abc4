package io.frontline.incident.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.query.Cursor;

import java.time.Duration;
import java.util.Objects;

/**
 * One page of open care tasks: {@code OVERDUE} past their due time, {@code DUE_SOON} overdue or due within
 * {@code within}, {@code OPEN} every open task; of one site or of all the actor oversees.
 */
public record ListCareTasksCommand(Actor actor, String siteId, Window window, Duration within, int limit,
                                   Cursor after) {
    public static final String SORT = "due";

    public enum Window { OVERDUE, DUE_SOON, OPEN }

    public ListCareTasksCommand {
        Objects.requireNonNull(actor, "actor");
        window = window == null ? Window.DUE_SOON : window;
        within = within == null ? Duration.ofDays(7) : within;
        if (within.isNegative() || within.isZero()) {
            throw new InvalidValue("within", "within must be a positive duration");
        }
        if (limit < 1) {
            throw new InvalidValue("limit", "limit must be positive");
        }
    }
}
