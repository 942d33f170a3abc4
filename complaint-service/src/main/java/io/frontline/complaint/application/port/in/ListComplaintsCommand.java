package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.ComplaintQueue;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A read of the complaint queue: the filter, the received period as days of the chain's calendar (both included),
 * the order, where the page starts ({@code cursor} as handed out with the previous page) and its size.
 */
public record ListComplaintsCommand(Actor actor, ComplaintQueue.Filter filter, LocalDate receivedFrom,
                                    LocalDate receivedTo, ComplaintQueue.Sort sort, String cursor, int limit) {
    public ListComplaintsCommand {
        Objects.requireNonNull(actor, "actor");
        filter = filter == null ? ComplaintQueue.Filter.none() : filter;
        sort = sort == null ? ComplaintQueue.Sort.DUE : sort;
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw new InvalidValue("receivedTo", "The period ends before it starts");
        }
        if (filter.reference() != null && !filter.reference().matches("[A-Z0-9-]{1,20}")) {
            throw new InvalidValue("reference", "A reference is letters, digits and dashes, at most 20");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
