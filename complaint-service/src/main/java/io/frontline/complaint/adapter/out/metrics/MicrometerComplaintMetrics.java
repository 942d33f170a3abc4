package io.frontline.complaint.adapter.out.metrics;

import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.port.out.ComplaintMetricsPort;
import io.frontline.platform.metrics.QueryGauge;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * {@code frontline_complaints_received_total{channel}}, and {@code frontline_complaints_open{term=overdue|due_soon}}:
 * open complaints past their response term, or within three days of it (the queue's "due soon") (a term waiting for the complainant stands
 * still, as in the handlers' queue).
 */
@ApplicationScoped
class MicrometerComplaintMetrics implements ComplaintMetricsPort {
    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    void register(@Observes StartupEvent event) {
        QueryGauge.register(registry, dataSource, clock, "frontline.complaints.open",
                "Open complaints near or past their response term", null, "term", List.of("overdue", "due_soon"),
                "SELECT CASE WHEN due_at <= CAST(? AS timestamptz) THEN 'overdue' ELSE 'due_soon' END, count(*) "
                        + "FROM complaint WHERE closed_at IS NULL AND term_paused_since IS NULL "
                        + "AND due_at <= CAST(? AS timestamptz) + INTERVAL '3 days' GROUP BY 1");
    }

    @Override
    public void received(Channel channel) {
        Counter.builder("frontline.complaints.received").description("Complaints received, by channel")
                .tag("channel", channel.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }
}
