package io.frontline.notification.adapter.in.scheduling.escalation;

import io.frontline.notification.application.port.in.escalation.TellDueEscalationLevelsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells the next level of escalations whose wait is over, every few seconds
 * ({@code frontline.notification.escalation.check-every}). Every replica runs it; the use case's row locks
 * make each escalation move on exactly once.
 */
@ApplicationScoped
class EscalationJob {
    @Inject
    TellDueEscalationLevelsUseCase tellDueLevels;

    @Scheduled(identity = "escalation-levels", every = "${frontline.notification.escalation.check-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tellDueLevels() {
        tellDueLevels.tellDueLevels();
    }
}
