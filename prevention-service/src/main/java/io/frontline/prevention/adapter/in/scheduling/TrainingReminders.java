package io.frontline.prevention.adapter.in.scheduling;

import io.frontline.prevention.application.port.in.RemindOverdueTrainingUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Looks for training that became overdue and sends its one reminder ({@code frontline.prevention.training-overdue.v1};
 * once per person, course and due date, also across replicas: the reminder's row is unique).
 */
@ApplicationScoped
class TrainingReminders {
    private static final Logger LOG = Logger.getLogger(TrainingReminders.class);

    @Inject
    RemindOverdueTrainingUseCase reminders;

    @Scheduled(every = "${frontline.prevention.training-reminders-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int sent = reminders.remindOverdue();
        if (sent > 0) {
            LOG.infof("Sent %d training reminders", sent);
        }
    }
}
