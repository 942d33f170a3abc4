package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.BanViolation;
import io.frontline.sanction.application.domain.model.DoorSighting;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureEvent;

/** Integration events on sanctions.events, committed with the change they report (outbox). */
public interface PublishSanctionEventsPort {
    void publish(Measure measure, MeasureEvent event);

    void publish(BanViolation violation);

    /** A sighting at the door that counted as this hour's violation: the site manager is alerted at once. */
    void publishSeenAtDoor(DoorSighting sighting, BanViolation violation);
}
