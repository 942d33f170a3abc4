package io.frontline.notification.adapter.in.scheduler;

import io.frontline.notification.application.port.in.SendDueDeliveriesUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends due deliveries and digests every second ({@code frontline.notification.sender.every}), apart from
 * the Kafka consumers, so that a slow SMTP server or webhook never holds a partition. Replicas share the
 * work: each delivery is locked while it is sent (SKIP LOCKED), so none is sent twice.
 */
@ApplicationScoped
class DeliverySender {
    @Inject
    SendDueDeliveriesUseCase sender;

    @Scheduled(every = "${frontline.notification.sender.every:1s}", delayed = "${frontline.notification.sender.delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        sender.sendDue();
    }
}
