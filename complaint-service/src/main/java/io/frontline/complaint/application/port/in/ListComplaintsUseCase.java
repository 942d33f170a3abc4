package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.ComplaintQueue;
import io.frontline.platform.query.ListPage;

/**
 * The complaint queue (issue 13): the complaints of the reader's sites — handlers and site managers their sites,
 * regional managers their regions' sites, HQ safety and admins the chain — filtered, in the order asked, one page at
 * a time. The same people who may read one complaint may read the queue; others are refused.
 */
public interface ListComplaintsUseCase {
    ListPage<ComplaintQueue.Item> list(ListComplaintsCommand command);
}
