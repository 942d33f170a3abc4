package io.frontline.platform.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The retention job of every service, written once: every {@code frontline.retention.every} (default 6h, off in
 * tests) it takes the time from the service's clock, and for each kind of the service's {@link RetentionPolicy}
 * erases what ended longer than the kind's period ago, in one transaction; it counts the records in the metric
 * {@code frontline_retention_erased_total{kind}} and says them in one log line. A plain method too, so tests call
 * it after moving the clock. Periods are counted in UTC.
 */
@ApplicationScoped
public class RetentionJob {
    static final String METRIC = "frontline.retention.erased";

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    Instance<RetentionPolicy> policies;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    @Scheduled(identity = "frontline-retention", every = "${frontline.retention.every:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        eraseExpired();
    }

    @Transactional
    public Erased eraseExpired() {
        Erased erased = erase(clock.instant(), policies, registry);
        if (erased.total() > 0) {
            LOG.infof("Erased after retention: %s", erased);
        }
        return erased;
    }

    /** One run: every kind of every policy, each with the cutoff of its own period. */
    static Erased erase(Instant now, Iterable<RetentionPolicy> policies, MeterRegistry registry) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RetentionPolicy policy : policies) {
            for (RetentionKind kind : policy.kinds()) {
                int erased = kind.erasure().eraseEndedBefore(endedBefore(kind.period(), now), now);
                counts.merge(kind.name(), erased, Integer::sum);
                registry.counter(METRIC, "kind", kind.name()).increment(erased);
            }
        }
        return new Erased(counts);
    }

    /** Records that ended before this moment have passed {@code period} at {@code now}. */
    public static Instant endedBefore(Period period, Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
