package io.frontline.sanction.application.domain.service;

import io.frontline.sanction.application.domain.model.BanViolation;
import io.frontline.sanction.application.port.out.BanViolationsPort;
import io.frontline.sanction.application.port.out.PublishSanctionEventsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Records a violation and its event together, unless this subject, site and hour has one already. */
@ApplicationScoped
public class ViolationRecorder {
    private final BanViolationsPort violations;
    private final PublishSanctionEventsPort events;

    @Inject
    public ViolationRecorder(BanViolationsPort violations, PublishSanctionEventsPort events) {
        this.violations = violations;
        this.events = events;
    }

    @Transactional
    public boolean recordOnce(BanViolation violation) {
        if (!violations.recordOnce(violation)) {
            return false;
        }
        events.publish(violation);
        return true;
    }
}
