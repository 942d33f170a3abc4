package io.frontline.sanction.application.domain.service;

import io.frontline.sanction.application.domain.model.RetentionPeriods;
import io.frontline.sanction.application.port.in.EraseExpiredDataUseCase;
import io.frontline.sanction.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Erases measures and incident records past their retention period (DESIGN.md); legal holds keep the open ones. */
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
        int measures = retention.deleteMeasuresEndedBefore(RetentionPeriods.endedBefore(periods.measure(), now));
        int incidents = retention.deleteIncidentsBefore(RetentionPeriods.endedBefore(periods.incident(), now));
        return new Erased(measures, incidents);
    }
}
