package io.frontline.notification.adapter.out.metrics.escalation;

import io.frontline.platform.metrics.QueryGauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

/**
 * Escalations still waiting for someone to acknowledge them, by severity: {@code frontline_escalations_open} and
 * {@code frontline_escalations_open_oldest_age_seconds}. deploy/kubernetes alerts when a critical one has waited
 * longer than its whole ladder should take — the people it pages are not answering.
 */
@ApplicationScoped
class OpenEscalationGauges {
    /** The tags keep the wire's spelling (the alerts name them); the rows hold the constants' names. */
    private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    void register(@Observes StartupEvent event) {
        QueryGauge.register(registry, dataSource, clock, "frontline.escalations.open",
                "Escalations nobody has acknowledged yet", null, "severity", SEVERITIES,
                "SELECT lower(severity), count(*) FROM escalation WHERE status = 'OPEN' GROUP BY severity");
        QueryGauge.register(registry, dataSource, clock, "frontline.escalations.open.oldest.age",
                "How long the oldest unacknowledged escalation has waited", "seconds", "severity", SEVERITIES,
                "SELECT lower(severity), greatest(0, extract(epoch FROM (CAST(? AS timestamptz) - min(started_at)))) "
                        + "FROM escalation WHERE status = 'OPEN' GROUP BY severity");
    }
}
