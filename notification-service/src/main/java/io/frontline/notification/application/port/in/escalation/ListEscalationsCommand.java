package io.frontline.notification.application.port.in.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationStatus;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;

import java.util.List;
import java.util.Objects;

/**
 * One page of the escalations the actor may see.
 *
 * @param status    only this status (null: every status)
 * @param level     only escalations that reached this level (null: any)
 * @param policy    only escalations under this policy (null: any)
 * @param reference only escalations about this reference (an incident's, a complaint's, a call id), or null
 * @param sort      {@code -started} (newest first, the default) or {@code started}
 * @param cursor    the {@code next} of the previous page, or null for the first
 */
public record ListEscalationsCommand(Actor actor, EscalationStatus status, Integer level, String policy,
                                     String reference, String sort, int limit, String cursor) {
    public static final List<String> SORTS = List.of("-started", "started");

    public ListEscalationsCommand {
        Objects.requireNonNull(actor, "actor");
        sort = sort == null || sort.isBlank() ? SORTS.get(0) : sort.strip();
        if (!SORTS.contains(sort)) {
            throw new InvalidValue("sort", "sort must be one of " + String.join(", ", SORTS));
        }
        if (level != null && (level < 1 || level > 20)) {
            throw new InvalidValue("level", "level must be between 1 and 20");
        }
        policy = policy == null || policy.isBlank() ? null : policy.strip();
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        if (limit < 1) {
            throw new InvalidValue("limit", "limit must be at least 1");
        }
    }
}
