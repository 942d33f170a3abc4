package io.frontline.complaint.adapter.in.scheduling;

import io.frontline.complaint.application.port.in.WatchResponseTermsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The clock of the procedure: the response-term watcher (70 %, 90 %, overdue). A plain method, so tests call it after
 * moving the clock. (The erasure of contact data after retention runs in the platform's retention job.)
 */
@ApplicationScoped
public class ComplaintJobs {
    private static final Logger LOG = Logger.getLogger(ComplaintJobs.class);

    @Inject
    WatchResponseTermsUseCase terms;

    @Scheduled(identity = "complaint-response-terms", every = "${frontline.complaint.jobs.term-watch-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledResponseTermWatch() {
        watchResponseTerms();
    }

    /** Gives the warnings due now; returns how many. */
    public int watchResponseTerms() {
        int given = terms.watchResponseTerms();
        if (given > 0) {
            LOG.infof("Response-term warnings given: %d", given);
        }
        return given;
    }
}
