package io.frontline.incident.adapter.in.scheduling;

import io.frontline.incident.application.port.in.EraseExpiredDataUseCase;
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

    @Scheduled(identity = "incident-retention", every = "${frontline.incident.jobs.retention-every:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        eraseExpired();
    }

    public EraseExpiredDataUseCase.Erased eraseExpired() {
        EraseExpiredDataUseCase.Erased erased = retention.eraseExpired();
        if (erased.total() > 0) {
            LOG.infof("Erased after retention: %d incidents, %d evidence files, %d formal complaints, "
                            + "%d counsellor notes, %d live calls", erased.incidents(), erased.evidenceFiles(),
                    erased.formalComplaints(), erased.counsellorNotes(), erased.liveCalls());
        }
        return erased;
    }
}
