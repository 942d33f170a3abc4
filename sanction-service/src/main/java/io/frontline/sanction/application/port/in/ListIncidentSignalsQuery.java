package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.IncidentSignal;
import io.frontline.platform.domain.Actor;

import java.util.List;

/** The recorded incidents the actor may see, newest first: managers their own sites', HQ all. */
public interface ListIncidentSignalsQuery {
    List<IncidentSignal> list(Actor actor, int limit);
}
