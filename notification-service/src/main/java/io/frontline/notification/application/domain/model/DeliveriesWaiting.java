package io.frontline.notification.application.domain.model;

/**
 * Raised when a transaction wrote deliveries that can go out at once, so the sender need not wait for its
 * next round once that transaction has committed.
 */
public record DeliveriesWaiting(int count) {
}
