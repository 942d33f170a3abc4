package io.frontline.notification.application.domain.model;

/**
 * Raised when a transaction wrote deliveries that can go out at once, so that lane's senders need not wait
 * for their next round once that transaction has committed.
 */
public record DeliveriesWaiting(DeliveryLane lane) {
}
