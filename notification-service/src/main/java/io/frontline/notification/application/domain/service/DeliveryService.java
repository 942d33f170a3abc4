package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.DeliveryStatus;
import io.frontline.notification.application.port.in.ReadDeliveriesQuery;
import io.frontline.notification.application.port.in.SendDueDeliveriesUseCase;
import io.frontline.notification.application.port.out.DeliveryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends what is due, one delivery per transaction, and the digests of people whose quiet hours ended. */
@ApplicationScoped
public class DeliveryService implements SendDueDeliveriesUseCase, ReadDeliveriesQuery {
    private static final int BATCH = 100;

    private final DeliveryPort deliveries;
    private final DeliveryAttempts attempts;
    private final Clock clock;

    @Inject
    public DeliveryService(DeliveryPort deliveries, DeliveryAttempts attempts, Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public int sendDue() {
        Instant now = clock.instant();
        int done = 0;
        for (UUID id : attempts.dueIds(now, BATCH)) {
            if (attempts.attempt(id)) {
                done++;
            }
        }
        for (Map.Entry<String, Channel> digest : attempts.digestsDue(now, BATCH)) {
            done += attempts.digest(digest.getKey(), digest.getValue());
        }
        return done;
    }

    @Override
    @Transactional
    public List<Delivery> deliveries(DeliveryStatus status, UUID eventId) {
        return deliveries.find(status, eventId, 500);
    }
}
