package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.CustomerNotices.DeliveryAbout;
import io.frontline.notification.application.domain.model.CustomerNotices.InboxEntryAbout;

import java.util.List;

/**
 * What this service keeps about one customer by subject key: deliveries to {@code customer:<key>} and deliveries and
 * in-app entries whose stored notice names the key; and erasing it.
 */
public interface CustomerDataPort {
    List<DeliveryAbout> deliveriesAbout(String subjectKey);

    List<InboxEntryAbout> inboxEntriesAbout(String subjectKey);

    /** Ids of the deliveries about the customer that still wait to be sent (pending, retrying, held). */
    List<String> waitingDeliveriesAbout(String subjectKey);

    /**
     * Deletes the ended deliveries to the customer and takes the key out of the ended notices to staff (their in-app
     * entries with them, which then name nobody); returns how many deliveries.
     */
    int eraseEndedDeliveries(String subjectKey);
}
