package io.frontline.complaint.adapter.in.scheduling;

import io.frontline.complaint.application.port.in.ComplainantPrivacyUseCase;
import io.frontline.complaint.application.port.in.WatchResponseTermsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The clocks of the procedure: the response-term watcher (70 %, 90 %, overdue) and the erasure of contact data
 * after the retention period. Plain methods, so tests call them after moving the clock.
 */
@ApplicationScoped
public class ComplaintJobs {
    private static final Logger LOG = Logger.getLogger(ComplaintJobs.class);

    @Inject
    WatchResponseTermsUseCase terms;

    @Inject
    ComplainantPrivacyUseCase privacy;

    @Scheduled(identity = "complaint-response-terms", every = "${frontline.complaint.jobs.term-watch-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledResponseTermWatch() {
        watchResponseTerms();
    }

    @Scheduled(identity = "complainant-contact-retention", every = "${frontline.complaint.jobs.retention-every:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledContactRetention() {
        eraseExpiredContacts();
    }

    /** Gives the warnings due now; returns how many. */
    public int watchResponseTerms() {
        int given = terms.watchResponseTerms();
        if (given > 0) {
            LOG.infof("Response-term warnings given: %d", given);
        }
        return given;
    }

    /** Erases contact data past the retention period; returns for how many complaints. */
    public int eraseExpiredContacts() {
        int erased = privacy.eraseExpiredContacts();
        if (erased > 0) {
            LOG.infof("Complainant contact data erased after retention: %d complaints", erased);
        }
        return erased;
    }
}
