package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.sanction.application.domain.model.DoorSighting;

/**
 * One tap at the door: the sighting is kept; it counts as a violation and alerts the site manager at most once per
 * subject, site and hour (the ban check's own hour bucket).
 */
public interface RecordSightingUseCase {
    DoorSighting seen(Actor actor, RecordSightingCommand command);
}
