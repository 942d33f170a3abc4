package io.frontline.incident.adapter.in.scheduling.procedure;

import io.frontline.incident.application.port.in.procedure.WatchTermsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the term watcher of the unwanted-behaviour procedure ({@code frontline.procedure.term-watch.every}). */
@ApplicationScoped
class TermWatchSchedule {
    @Inject
    WatchTermsUseCase terms;

    @Scheduled(identity = "procedure-term-watch", every = "${frontline.procedure.term-watch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        terms.announceMissedTerms();
    }
}
