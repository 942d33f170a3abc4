package io.frontline.notification.application.port.in.escalation;

import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.query.ListPage;

import java.util.UUID;

/**
 * Escalations as the people on the ladder see them: those of their sites and regions, those they were told
 * about (HR: only those, need-to-know), and all of them for HQ safety. The scope is part of the database
 * question, so a page is never cut short by filtering after its limit.
 */
public interface ReadEscalationsQuery {
    /** One page, newest first unless the command says otherwise. */
    ListPage<Escalation> escalations(ListEscalationsCommand command);

    /** One escalation with its history; outside the actor's scope it is "not found". */
    Escalation escalation(Actor actor, UUID id);
}
