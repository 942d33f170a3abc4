package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.DeliveryLane;

/**
 * Sends what is due in one lane: pending deliveries and retries whose back-off has passed (urgent: critical
 * first), and, in the routine lane, the digests and summaries whose time has come. Lanes run apart, so urgent
 * news never waits behind routine news.
 */
public interface SendDueDeliveriesUseCase {
    /** @return how many deliveries were sent, failed or suppressed in this round */
    int sendDue(DeliveryLane lane);

    /** Both lanes, urgent first. */
    default int sendDue() {
        return sendDue(DeliveryLane.URGENT) + sendDue(DeliveryLane.ROUTINE);
    }
}
