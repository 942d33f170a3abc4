package io.frontline.notification.adapter.in.scheduler;

import io.frontline.notification.application.domain.model.DeliveriesWaiting;
import io.frontline.notification.application.port.in.SendDueDeliveriesUseCase;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due deliveries and digests every second ({@code frontline.notification.sender.every}), and at once
 * when a transaction that wrote deliveries commits — apart from the Kafka consumers either way, so that a
 * slow SMTP server or webhook never holds a partition. Replicas and rounds share the work safely: each
 * delivery is locked while it is sent (SKIP LOCKED) and checked to be still due, so none is sent twice.
 */
@ApplicationScoped
class DeliverySender {
    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    @Inject
    SendDueDeliveriesUseCase sender;

    // A plain thread, not a managed executor: that would carry the committed transaction into the round.
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "delivery-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private volatile boolean stopping;

    @Scheduled(every = "${frontline.notification.sender.every:1s}", delayed = "${frontline.notification.sender.delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        sender.sendDue();
    }

    /** After the commit only: before it, the sender's own transaction would not see the rows. */
    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesWaiting waiting) {
        // Many deliveries of one event make one extra round, not one each.
        if (stopping || !wakeUpQueued.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            wakeUpQueued.set(false);
            try {
                sender.sendDue();
            } catch (RuntimeException e) {
                LOG.warnf("Sending right after commit failed; the next round retries: %s", e.getMessage());
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        executor.shutdownNow();
    }
}
