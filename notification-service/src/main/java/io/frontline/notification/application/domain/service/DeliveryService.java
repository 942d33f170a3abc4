package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.ClaimedDelivery;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.domain.model.DeliveryStatus;
import io.frontline.notification.application.domain.model.DueDelivery;
import io.frontline.notification.application.domain.model.SendingLimits;
import io.frontline.notification.application.port.in.ReadDeliveriesQuery;
import io.frontline.notification.application.port.in.SendDueDeliveriesUseCase;
import io.frontline.notification.application.port.out.DeliveryPort;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends what is due, lane by lane (issue 15): each lane has its own senders per channel, a bounded number
 * at a time, so urgent news never waits behind routine news, and one send that stalls until the mailer's
 * timeout holds up only itself. Each delivery is claimed in a short transaction (its row locked with SKIP LOCKED,
 * then leased), sent, and recorded in a second one: safe with several replicas, and no database connection is held
 * while a channel answers. Routine rounds also send the digests and summaries whose time has come.
 */
@ApplicationScoped
public class DeliveryService implements SendDueDeliveriesUseCase, ReadDeliveriesQuery {
    private static final System.Logger LOG = System.getLogger(DeliveryService.class.getName());

    private final DeliveryPort deliveries;
    private final DeliveryAttempts attempts;
    private final SendingLimits limits;
    private final Clock clock;
    private final UrgentFirst urgentFirst;
    private final Map<DeliveryLane, Map<Channel, ExecutorService>> senders = new EnumMap<>(DeliveryLane.class);

    @Inject
    public DeliveryService(DeliveryPort deliveries, DeliveryAttempts attempts, SendingLimits limits, Clock clock,
                           UrgentFirst urgentFirst) {
        this.deliveries = deliveries;
        this.urgentFirst = urgentFirst;
        this.attempts = attempts;
        this.limits = limits;
        this.clock = clock;
        for (DeliveryLane lane : DeliveryLane.values()) {
            Map<Channel, ExecutorService> byChannel = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                if (channel != Channel.IN_APP) {
                    byChannel.put(channel, pool(lane, channel, limits.concurrencyOf(channel)));
                }
            }
            senders.put(lane, byChannel);
        }
    }

    // Plain threads, not a managed executor: each attempt opens its own transaction, none is carried over.
    private static ExecutorService pool(DeliveryLane lane, Channel channel, int size) {
        AtomicInteger n = new AtomicInteger();
        String name = "deliveries-" + lane.name().toLowerCase(java.util.Locale.ROOT) + "-" + channel.code() + "-";
        return Executors.newFixedThreadPool(size, r -> {
            Thread thread = new Thread(r, name + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * One round of the lane: keeps the lane's senders busy until nothing more is due. New work is asked for
     * whenever half a batch has finished, not when the slowest send of a batch has, so one send stalled until
     * the mailer's timeout holds up only itself.
     */
    @Override
    public int sendDue(DeliveryLane lane) {
        if (lane == DeliveryLane.URGENT) {
            urgentFirst.begin();
            try {
                return sendDueOf(lane);
            } finally {
                urgentFirst.end();
            }
        }
        return sendDueOf(lane);
    }

    private int sendDueOf(DeliveryLane lane) {
        AtomicInteger done = new AtomicInteger();
        Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
        // Due but locked by another replica's sender: not asked for again in this round.
        Set<UUID> heldElsewhere = ConcurrentHashMap.newKeySet();
        List<Future<?>> running = new ArrayList<>();
        try {
            while (true) {
                int limit = limits.batch() + inFlight.size() + heldElsewhere.size();
                List<DueDelivery> due = attempts.due(clock.instant(), lane, limit);
                List<DueDelivery> fresh = due.stream()
                        .filter(d -> !inFlight.contains(d.id()) && !heldElsewhere.contains(d.id())).toList();
                for (DueDelivery delivery : fresh) {
                    inFlight.add(delivery.id());
                    running.add(senders.get(lane).get(delivery.channel()).submit(() -> {
                        try {
                            if (lane == DeliveryLane.ROUTINE) {
                                urgentFirst.awaitRoutineTurn();
                            }
                            Optional<ClaimedDelivery> claimed = attempts.claim(delivery.id());
                            if (claimed.isPresent()) {
                                attempts.attempt(claimed.get());
                                done.incrementAndGet();
                            } else {
                                heldElsewhere.add(delivery.id());
                            }
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING,
                                    "A delivery attempt failed outside its channel; the next round tries again: %s"
                                            .formatted(masked(e)));
                            heldElsewhere.add(delivery.id());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt(); // stopping: the next start sends it
                        } finally {
                            inFlight.remove(delivery.id());
                        }
                    }));
                }
                if (fresh.isEmpty() || due.size() < limit) {
                    break;
                }
                while (inFlight.size() > limits.batch() / 2) {
                    Thread.sleep(5);
                }
            }
            for (Future<?> attempt : running) {
                attempt.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING,
                    "A delivery attempt failed: %s".formatted(masked(e.getCause() == null ? e : e.getCause())));
        }
        int sent = done.get();
        if (lane == DeliveryLane.ROUTINE) {
            Instant now = clock.instant();
            for (Map.Entry<String, Channel> digest : attempts.digestsDue(now, limits.batch())) {
                sent += attempts.digest(digest.getKey(), digest.getValue());
            }
        }
        return sent;
    }

    // Addresses never reach the log, even when an exception quotes one.
    private static String masked(Throwable e) {
        return e.getClass().getSimpleName() + ": "
                + String.valueOf(e.getMessage()).replaceAll("[^\\s<>@\"']+@[^\\s<>@\"']+", "<address>");
    }

    @PreDestroy
    void stop() {
        senders.values().forEach(byChannel -> byChannel.values().forEach(ExecutorService::shutdownNow));
    }

    @Override
    @Transactional
    public List<Delivery> deliveries(DeliveryStatus status, UUID eventId) {
        return deliveries.find(status, eventId, 500);
    }
}
