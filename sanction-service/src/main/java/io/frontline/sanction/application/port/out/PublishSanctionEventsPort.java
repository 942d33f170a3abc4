package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.BanNotice;
import io.frontline.sanction.application.domain.model.BanViolation;
import io.frontline.sanction.application.domain.model.DoorSighting;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureEvent;
import io.frontline.sanction.application.domain.model.MissedObjectionTerm;

/** Integration events on sanctions.events, committed with the change they report (outbox). */
public interface PublishSanctionEventsPort {
    void publish(Measure measure, MeasureEvent event);

    void publish(BanViolation violation);

    /** A sighting at the door that counted as this hour's violation: the site manager is alerted at once. */
    void publishSeenAtDoor(DoorSighting sighting, BanViolation violation);

    /** The customer is to be told of their ban in writing (issue 17); subject key only, no contact data. */
    void publishNotice(Measure measure, BanNotice notice);

    /** The objection's decision term passed without a decision; {@code notice} is null without a customer notice. */
    void publishTermMissed(Measure measure, BanNotice notice, MissedObjectionTerm missed);
}
