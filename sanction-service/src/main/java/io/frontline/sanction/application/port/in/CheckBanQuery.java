package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.sanction.application.domain.model.BanCheckResult;

/**
 * The hot path: is this subject banned here, now? Answered from memory. A hit records a violation
 * (at most once per subject, site and hour). For door and call-center systems and managers.
 */
public interface CheckBanQuery {
    BanCheckResult check(Actor actor, CheckBanCommand command);
}
