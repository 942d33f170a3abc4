package io.frontline.notification.adapter.in.scheduling;

import io.frontline.notification.application.domain.model.DeliveriesWaiting;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.port.in.SendDueDeliveriesUseCase;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs each lane's rounds (issue 15): at once when a transaction that wrote deliveries commits, and every
 * second ({@code frontline.notification.sender.every}) as the safety net — apart from the Kafka consumers
 * either way, so that a slow SMTP server never holds a partition. The urgent lane runs apart from the routine
 * one, so a backlog of routine mail never delays a critical one. Replicas share the work: each delivery is
 * locked while it is sent (SKIP LOCKED) and checked to be still due, so none is sent twice.
 */
@ApplicationScoped
class DeliverySender {
    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    @Inject
    SendDueDeliveriesUseCase sender;

    private final Map<DeliveryLane, Lane> lanes = new EnumMap<>(DeliveryLane.class);
    private volatile boolean stopping;

    DeliverySender() {
        for (DeliveryLane lane : DeliveryLane.values()) {
            lanes.put(lane, new Lane(lane));
        }
    }

    @Scheduled(every = "${frontline.notification.sender.every:1s}", delayed = "${frontline.notification.sender.delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendUrgent() {
        lanes.get(DeliveryLane.URGENT).runHere();
    }

    @Scheduled(every = "${frontline.notification.sender.every:1s}", delayed = "${frontline.notification.sender.delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendRoutine() {
        lanes.get(DeliveryLane.ROUTINE).runHere();
    }

    /** After the commit only: before it, the sender's own transaction would not see the rows. */
    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesWaiting waiting) {
        if (!stopping) {
            lanes.get(waiting.lane()).wakeUp();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        lanes.values().forEach(lane -> lane.wakeUps.shutdownNow());
    }

    /** One round of a lane at a time; a wake-up during a round makes one more round right after it. */
    private final class Lane {
        private final DeliveryLane lane;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicBoolean again = new AtomicBoolean();
        private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
        // A plain thread, not a managed executor: that would carry the committed transaction into the round.
        private final ExecutorService wakeUps;

        Lane(DeliveryLane lane) {
            this.lane = lane;
            String name = "delivery-wake-up-" + lane.name().toLowerCase(java.util.Locale.ROOT);
            this.wakeUps = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, name);
                thread.setDaemon(true);
                return thread;
            });
        }

        void wakeUp() {
            // Many deliveries of one event make one extra round, not one each.
            if (!wakeUpQueued.compareAndSet(false, true)) {
                return;
            }
            wakeUps.execute(() -> {
                wakeUpQueued.set(false);
                runHere();
            });
        }

        void runHere() {
            if (!running.compareAndSet(false, true)) {
                again.set(true);
                return;
            }
            try {
                do {
                    again.set(false);
                    try {
                        sender.sendDue(lane);
                    } catch (RuntimeException e) {
                        LOG.warnf("A %s delivery round failed; the next round retries: %s", lane, e.getMessage());
                    }
                } while (again.get() && !stopping);
            } finally {
                running.set(false);
            }
        }
    }
}
