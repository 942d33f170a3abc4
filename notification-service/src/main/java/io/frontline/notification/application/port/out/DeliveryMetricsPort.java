package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.Severity;

/** What operations count of deliveries: sent, failed for good, tried again later, not sent for a reason. */
public interface DeliveryMetricsPort {
    enum Outcome { SENT, RETRYING, FAILED, SUPPRESSED }

    void delivered(Channel channel, Severity severity, Outcome outcome);
}
