package io.frontline.notification.application.port.in.escalation;

import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.notification.application.domain.model.escalation.EscalationStatus;
import io.frontline.platform.domain.Actor;

import java.util.List;
import java.util.UUID;

/**
 * Escalations as the people on the ladder see them: those of their sites and regions, those they were told
 * about (HR: only those, need-to-know), and all of them for HQ safety.
 */
public interface ReadEscalationsQuery {
    /** Newest first; {@code status} null lists every status. */
    List<Escalation> escalations(Actor actor, EscalationStatus status);

    /** One escalation with its history; outside the actor's scope it is "not found". */
    Escalation escalation(Actor actor, UUID id);
}
