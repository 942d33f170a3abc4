package io.frontline.incident.application.port.in;

import io.frontline.platform.query.ListPage;
import io.frontline.incident.application.domain.model.SuggestedIncident;
import io.frontline.incident.application.domain.model.SuggestedIncidentStatus;
import io.frontline.incident.application.port.out.CallScreeningPort;
import io.frontline.platform.domain.Actor;

import java.util.List;

/** Suggestions of live detection for the floor supervisor of a call center. */
public interface SuggestedIncidentsUseCase {
    /** One page of the suggestions at the actor's call centers with a status, newest first. */
    ListPage<SuggestedIncident> suggestions(ListSuggestionsCommand command);

    SuggestedIncident decide(DecideSuggestedIncidentCommand command);

    /** The floor supervisor takes the call over (issue 15): recorded with who and when; the alert stops paging. */
    SuggestedIncident takeOver(TakeOverSuggestedIncidentCommand command);

    /** Per rule, how many suggestions at the actor's call centers were confirmed and dismissed: for tuning. */
    List<CallScreeningPort.DetectionOutcome> outcomes(Actor actor);
}
