package io.frontline.notification.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** What this service keeps about a customer, as their data request shows it: never a member of staff's name. */
public final class CustomerNotices {
    private CustomerNotices() {
    }

    /** A delivery about the customer: to them (their own notice) or to a member of staff (not named). */
    public record DeliveryAbout(UUID id, String eventType, String channel, String status, boolean toTheCustomer,
                                String reference, Instant createdAt, Instant sentAt) {
    }

    /** An in-app notification to a member of staff (not named) about the customer. */
    public record InboxEntryAbout(UUID id, String eventType, String title, String reference, Instant createdAt) {
    }
}
