package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.Channel;

/** What operations count at the door and on the phone: checks, hits, and violations recorded. */
public interface BanMetricsPort {
    void checked(Channel channel, boolean banned);

    void violationRecorded(Channel channel);
}
