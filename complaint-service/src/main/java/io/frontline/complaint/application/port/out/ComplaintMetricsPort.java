package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.Channel;

/** What operations count of complaints: how many arrive, by which way. */
public interface ComplaintMetricsPort {
    void received(Channel channel);
}
