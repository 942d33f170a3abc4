package io.frontline.sanction.adapter.in.scheduling;

import io.frontline.sanction.application.port.in.WatchObjectionTermsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Watches the 14-day decision term of objections (seed 004): one missed is announced once
 * ({@code objection-term-missed}), to the customer and the site manager, with the date a decision is now expected.
 */
@ApplicationScoped
public class ObjectionTermWatch {
    private static final Logger LOG = Logger.getLogger(ObjectionTermWatch.class);

    @Inject
    WatchObjectionTermsUseCase terms;

    @Scheduled(every = "${frontline.sanction.objection.watch-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void watch() {
        int announced = terms.announceMissedTerms();
        if (announced > 0) {
            LOG.infof("Announced %d objections past their decision term", announced);
        }
    }
}
