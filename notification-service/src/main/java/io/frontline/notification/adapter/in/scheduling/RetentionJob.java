package io.frontline.notification.adapter.in.scheduling;

import io.frontline.notification.application.port.in.EraseExpiredDataUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Erases what has passed its retention period; a plain method too, so tests call it after moving the clock. */
@ApplicationScoped
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    EraseExpiredDataUseCase retention;

    @Scheduled(identity = "notification-retention", every = "${frontline.notification.jobs.retention-every:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        eraseExpired();
    }

    public EraseExpiredDataUseCase.Erased eraseExpired() {
        EraseExpiredDataUseCase.Erased erased = retention.eraseExpired();
        if (erased.total() > 0) {
            LOG.infof("Erased after retention: %d deliveries, %d inbox entries", erased.deliveries(),
                    erased.inboxEntries());
        }
        return erased;
    }
}
