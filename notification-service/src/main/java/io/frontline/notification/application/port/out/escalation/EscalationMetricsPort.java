package io.frontline.notification.application.port.out.escalation;

import io.frontline.notification.application.domain.model.escalation.AcknowledgementChannel;

/** Counts escalations started, acknowledged and exhausted, for operations dashboards. */
public interface EscalationMetricsPort {
    void started(String policy);

    void acknowledged(String policy, AcknowledgementChannel via);

    void exhausted(String policy);
}
