package io.frontline.sanction.adapter.in.scheduling;

import io.frontline.sanction.application.port.in.AdvanceMeasuresUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Emits the activated and expired events of measures whose start or end has come, each once (rows are
 * locked and skipped across replicas). The ban check does not wait for it: it compares start and end
 * with the clock at check time. An expired or activated ban reaches the check indexes like any other change.
 */
@ApplicationScoped
class MeasureClock {
    private static final Logger LOG = Logger.getLogger(MeasureClock.class);

    @Inject
    AdvanceMeasuresUseCase measures;

    @Scheduled(every = "${frontline.sanction.advance-every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int changed = measures.advanceDue();
        if (changed > 0) {
            LOG.infof("Advanced %d measures (activated or expired)", changed);
        }
    }
}
