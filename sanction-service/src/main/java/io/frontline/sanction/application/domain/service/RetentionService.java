package io.frontline.sanction.application.domain.service;

import io.frontline.platform.retention.RetentionKind;
import io.frontline.platform.retention.RetentionPolicy;
import io.frontline.sanction.application.domain.model.RetentionPeriods;
import io.frontline.sanction.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * What this service erases after retention (DESIGN.md), run by the platform's retention job: ended measures (legal
 * holds keep the open ones), the incident records the ladder reads, and the door list's audit lines.
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
                new RetentionKind("measures", periods.measure(),
                        (cutoff, now) -> retention.deleteMeasuresEndedBefore(cutoff)),
                new RetentionKind("incident records", periods.incident(),
                        (cutoff, now) -> retention.deleteIncidentsBefore(cutoff)),
                new RetentionKind("door audit lines", periods.doorAudit(),
                        (cutoff, now) -> retention.deleteDoorAuditBefore(cutoff)));
    }
}
