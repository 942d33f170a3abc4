package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.RetentionPeriods;
import io.frontline.notification.application.port.out.RetentionPort;
import io.frontline.platform.retention.RetentionKind;
import io.frontline.platform.retention.RetentionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** What this service erases after retention (DESIGN.md), run by the platform's retention job. */
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
                new RetentionKind("deliveries", periods.delivery(),
                        (cutoff, now) -> retention.deleteDeliveriesEndedBefore(cutoff)),
                new RetentionKind("inbox entries", periods.inboxEntry(),
                        (cutoff, now) -> retention.deleteInboxEntriesCreatedBefore(cutoff)));
    }
}
