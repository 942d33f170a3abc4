package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.IncidentQueueFilter;
import io.frontline.incident.application.domain.model.IncidentQueueSort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.query.Cursor;

import java.util.Objects;

/** One page of the incidents queue: who asks, the filter, the order, the page size and where the page starts. */
public record ListIncidentsCommand(Actor actor, IncidentQueueFilter filter, IncidentQueueSort sort, int limit,
                                   Cursor after) {
    public ListIncidentsCommand {
        Objects.requireNonNull(actor, "actor");
        filter = filter == null ? IncidentQueueFilter.none() : filter;
        sort = sort == null ? IncidentQueueSort.NEWEST_REPORTED : sort;
        if (limit < 1) {
            throw new InvalidValue("limit", "limit must be positive");
        }
        if (after != null && !after.sort().equals(sort.wire())) {
            throw new InvalidValue("cursor", "cursor belongs to another sort order; start again without it");
        }
    }
}
