package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.RetentionPeriods;
import io.frontline.notification.application.port.in.EraseExpiredDataUseCase;
import io.frontline.notification.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Erases deliveries and inbox entries past their retention period (DESIGN.md); open escalations hold theirs. */
@ApplicationScoped
public class RetentionService implements EraseExpiredDataUseCase {
    private final RetentionPort retention;
    private final RetentionPeriods periods;
    private final Clock clock;

    @Inject
    public RetentionService(RetentionPort retention, RetentionPeriods periods, Clock clock) {
        this.retention = retention;
        this.periods = periods;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Erased eraseExpired() {
        Instant now = clock.instant();
        return new Erased(
                retention.deleteDeliveriesEndedBefore(RetentionPeriods.endedBefore(periods.delivery(), now)),
                retention.deleteInboxEntriesCreatedBefore(RetentionPeriods.endedBefore(periods.inboxEntry(), now)));
    }
}
