package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.sanction.application.domain.model.WatchFlag;

import java.util.UUID;

/** Watch flags: set and ended by managers of the site (no second person), audited, never a ban. */
public interface WatchFlagUseCase {
    WatchFlag flag(Actor actor, FlagSubjectCommand command);

    WatchFlag end(Actor actor, UUID flagId);
}
