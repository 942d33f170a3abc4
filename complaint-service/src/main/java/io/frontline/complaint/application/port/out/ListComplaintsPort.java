package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.ComplaintQueue;

import java.util.List;

/**
 * Reads a page of the complaint queue in one query: the scope, the filter, the order and the position after the
 * previous page all inside it; at most {@code limit} rows.
 */
public interface ListComplaintsPort {
    List<ComplaintQueue.Item> list(ComplaintQueue.Query query);
}
