package io.frontline.incident.adapter.in.callcenter;

import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.platform.domain.WireName;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The time from consuming a segment to its live alert being committed: {@code frontline_live_alert_latency_seconds}
 * (and, before it, from the segment's own time to its consumption: {@code frontline_live_segment_arrival_seconds})
 * (a histogram with buckets at the promise's second and below it) and {@code frontline_live_alerts_total{rule}}; the
 * latencies of the most recent calls are kept for the tests and for looking one call up.
 */
@ApplicationScoped
class AlertLatencies {
    private static final int CALLS_KEPT = 1_000;

    private final Map<String, List<Long>> recent = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Long>> eldest) {
            return size() > CALLS_KEPT;
        }
    });
    private final Timer latency;
    private final Timer arrival;
    private final MeterRegistry registry;

    @Inject
    AlertLatencies(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("frontline.live.alert.latency")
                .description("From consuming a transcript segment to its live alert being committed")
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2))
                .register(registry);
        this.arrival = Timer.builder("frontline.live.segment.arrival")
                .description("From a transcript segment's own time (the call-center platform's clock) to its "
                        + "consumption here, for the segments that raised an alert")
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2))
                .register(registry);
    }

    /** How long an alerting segment took to arrive; a negative value (clocks apart) counts as none. */
    void arrived(long millis) {
        arrival.record(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    void record(String callId, Set<LiveRule> raised, long micros) {
        latency.record(micros, TimeUnit.MICROSECONDS);
        for (LiveRule rule : raised) {
            Counter.builder("frontline.live.alerts").description("Live alerts raised, by rule")
                    .tag("rule", WireName.fromConstant(rule.name())).register(registry).increment();
        }
        recent.computeIfAbsent(callId, c -> Collections.synchronizedList(new java.util.ArrayList<>())).add(micros);
    }

    public List<Long> of(String callId) {
        List<Long> kept = recent.get(callId);
        if (kept == null) {
            return List.of();
        }
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }
}
