package io.frontline.notification.application.port.in;

/**
 * Sends what is due: pending deliveries and retries whose back-off has passed, and the digests of people
 * whose quiet hours have ended.
 *
 * @return how many deliveries were sent, failed or suppressed in this round
 */
public interface SendDueDeliveriesUseCase {
    int sendDue();
}
