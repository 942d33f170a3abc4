package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.CustomerNotices.DeliveryAbout;
import io.frontline.notification.application.domain.model.CustomerNotices.InboxEntryAbout;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What this service keeps about one customer by subject key: deliveries to {@code customer:<key>} and deliveries and
 * in-app entries whose stored notice names the key; deliveries to {@code complainant:<id>} for the customer's
 * complaints (their ids as complaint-service knows them, possibly none); and erasing it.
 */
public interface CustomerDataPort {
    List<DeliveryAbout> deliveriesAbout(String subjectKey, Set<UUID> complaints);

    List<InboxEntryAbout> inboxEntriesAbout(String subjectKey);

    /** Ids of the deliveries about the customer that still wait to be sent (pending, retrying, held). */
    List<String> waitingDeliveriesAbout(String subjectKey, Set<UUID> complaints);

    /**
     * Deletes the ended deliveries to the customer (and to the complainant of their complaints) and takes the key out of the ended notices to staff (their in-app
     * entries with them, which then name nobody); returns how many deliveries.
     */
    int eraseEndedDeliveries(String subjectKey, Set<UUID> complaints);
}
