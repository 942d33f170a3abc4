package io.frontline.sanction.application.port.in;

import io.frontline.platform.query.ListPage;
import io.frontline.sanction.application.domain.model.Measure;

/**
 * The measures work queues (issue 13): awaiting approval (never the caller's own proposals, nor those resting on a
 * decision the caller took), active, expiring within N days, objections pending. The actor's scope (managers:
 * their sites or region; HQ safety: all; HR: staff measures) is part of the database question, so a page is never
 * cut short by filtering after its limit.
 */
public interface ListMeasureQueueQuery {
    ListPage<Measure> queue(ListMeasureQueueCommand command);
}
