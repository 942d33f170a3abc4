package io.frontline.notification.adapter.out.metrics;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.port.out.DeliveryMetricsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * {@code frontline_deliveries_total{channel, severity, outcome=sent|retrying|failed|suppressed}}: deploy/kubernetes
 * alerts on a critical notice that failed for good — a threatened employee's manager was not reached.
 */
@ApplicationScoped
class MicrometerDeliveryMetrics implements DeliveryMetricsPort {
    @Inject
    MeterRegistry registry;

    @Override
    public void delivered(Channel channel, Severity severity, Outcome outcome) {
        Counter.builder("frontline.deliveries").description("Attempts at delivering a notice, by how they ended")
                .tag("channel", channel.code()).tag("severity", severity.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }
}
