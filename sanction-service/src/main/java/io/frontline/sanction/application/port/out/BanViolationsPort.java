package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.BanViolation;

/** Stores violations, at most one per subject, site and hour. */
public interface BanViolationsPort {
    /** @return false if one was recorded for this subject, site and hour already */
    boolean recordOnce(BanViolation violation);
}
