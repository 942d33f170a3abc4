package io.frontline.incident.adapter.out.metrics;

import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.Severity;
import io.frontline.incident.application.port.out.IncidentMetricsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/** {@code frontline_incidents_reported_total{severity, source}}: what is reported, how serious, by which way. */
@ApplicationScoped
class MicrometerIncidentMetrics implements IncidentMetricsPort {
    @Inject
    MeterRegistry registry;

    @Override
    public void reported(Severity severity, IncidentSource source) {
        Counter.builder("frontline.incidents.reported").description("Incidents reported, by severity and source")
                .tag("severity", severity.name().toLowerCase(Locale.ROOT))
                .tag("source", source.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }
}
