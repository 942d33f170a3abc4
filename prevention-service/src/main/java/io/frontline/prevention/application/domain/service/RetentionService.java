package io.frontline.prevention.application.domain.service;

import io.frontline.platform.retention.RetentionKind;
import io.frontline.platform.retention.RetentionPolicy;
import io.frontline.prevention.application.domain.model.RetentionPeriods;
import io.frontline.prevention.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * What this service erases after retention (DESIGN.md), run by the platform's retention job: concluded partner
 * reports are anonymised, consultations deleted.
 */
@ApplicationScoped
public class RetentionService implements RetentionPolicy {
    private final RetentionPort retention;
    private final RetentionPeriods periods;

    @Inject
    public RetentionService(RetentionPort retention, RetentionPeriods periods) {
        this.retention = retention;
        this.periods = periods;
    }

    @Override
    public List<RetentionKind> kinds() {
        return List.of(
                new RetentionKind("partner reports", periods.partnerReport(),
                        (cutoff, now) -> retention.anonymisePartnerReportsConcludedBefore(cutoff)),
                new RetentionKind("consultations", periods.consultation(),
                        (cutoff, now) -> retention.deleteConsultationsBefore(cutoff)));
    }
}
