package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;

import java.util.List;

/** A perpetrator's incidents across all sites, with their outcomes: repeat perpetrators are seen chain-wide. */
public interface SubjectHistoryQuery {
    List<Incident> history(Actor actor, SubjectKey subject);
}
