package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.sanction.application.domain.model.MeasureQueue;

import java.util.Objects;

/**
 * One page of a measures work queue, as the actor may see it.
 *
 * @param sort            one of {@link MeasureQueue#sorts()}; null is the queue's default
 * @param site            only this site (null: every site in the actor's scope)
 * @param withinDays      for {@link MeasureQueue#EXPIRING}: ending within this many days (1 to 366)
 * @param includeExcluded for {@link MeasureQueue#AWAITING_APPROVAL}: also the proposals the four-eyes rule keeps
 *                        the actor from approving (their own, or resting on a decision they took), read-only
 * @param cursor          the {@code next} of the previous page, or null for the first
 */
public record ListMeasureQueueCommand(Actor actor, MeasureQueue queue, String sort, String site, Integer withinDays,
                                      boolean includeExcluded, int limit, String cursor) {
    public static final int DEFAULT_EXPIRING_DAYS = 14;

    public ListMeasureQueueCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(queue, "queue");
        sort = sort == null || sort.isBlank() ? queue.defaultSort() : sort.strip();
        if (!queue.sorts().contains(sort)) {
            throw new InvalidValue("sort", "sort must be one of " + String.join(", ", queue.sorts()));
        }
        site = site == null || site.isBlank() ? null : site.strip();
        if (queue == MeasureQueue.EXPIRING) {
            withinDays = withinDays == null ? DEFAULT_EXPIRING_DAYS : withinDays;
            if (withinDays < 1 || withinDays > 366) {
                throw new InvalidValue("withinDays", "withinDays must be between 1 and 366");
            }
        } else {
            withinDays = null;
        }
        if (limit < 1) {
            throw new InvalidValue("limit", "limit must be at least 1");
        }
    }
}
