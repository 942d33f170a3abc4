package io.frontline.incident.adapter.in.scheduling;

import io.frontline.incident.application.port.in.VictimCareUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Looks for overdue care tasks every minute; each overdue task is reported once. */
@ApplicationScoped
class CareTaskWatch {
    @Inject
    VictimCareUseCase care;

    @Scheduled(every = "${frontline.care.overdue-check:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reportOverdueTasks() {
        care.reportOverdueTasks();
    }
}
