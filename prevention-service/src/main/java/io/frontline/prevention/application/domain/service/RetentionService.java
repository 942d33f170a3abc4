package io.frontline.prevention.application.domain.service;

import io.frontline.prevention.application.domain.model.RetentionPeriods;
import io.frontline.prevention.application.port.in.EraseExpiredDataUseCase;
import io.frontline.prevention.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Erases partners' reports and consultations past their retention period (DESIGN.md). */
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
                retention.anonymisePartnerReportsConcludedBefore(
                        RetentionPeriods.endedBefore(periods.partnerReport(), now)),
                retention.deleteConsultationsBefore(RetentionPeriods.endedBefore(periods.consultation(), now)));
    }
}
