package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.platform.domain.Actor;

import java.util.UUID;

/** Reads one incident; an incident of a site outside the actor's scope does not exist for them. */
public interface GetIncidentQuery {
    Incident get(Actor actor, UUID incidentId);
}
