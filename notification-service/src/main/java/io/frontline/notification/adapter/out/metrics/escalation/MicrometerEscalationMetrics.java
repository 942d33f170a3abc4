package io.frontline.notification.adapter.out.metrics.escalation;

import io.frontline.notification.application.domain.model.escalation.AcknowledgementChannel;
import io.frontline.notification.application.port.out.escalation.EscalationMetricsPort;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code frontline_escalations_total{outcome=started|acknowledged|exhausted, policy, via}} on {@code /q/metrics}:
 * a rising share of exhausted escalations means the ladder's people are not reached.
 */
@ApplicationScoped
class MicrometerEscalationMetrics implements EscalationMetricsPort {
    private static final String NAME = "frontline.escalations";

    @Inject
    MeterRegistry registry;

    @Override
    public void started(String policy) {
        registry.counter(NAME, "outcome", "started", "policy", policy, "via", "none").increment();
    }

    @Override
    public void acknowledged(String policy, AcknowledgementChannel via) {
        registry.counter(NAME, "outcome", "acknowledged", "policy", policy, "via", via.wireName()).increment();
    }

    @Override
    public void exhausted(String policy) {
        registry.counter(NAME, "outcome", "exhausted", "policy", policy, "via", "none").increment();
    }
}
