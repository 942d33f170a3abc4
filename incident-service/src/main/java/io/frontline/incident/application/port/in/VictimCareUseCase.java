package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.CareTask;
import io.frontline.platform.domain.Actor;

import java.util.List;
import java.util.UUID;

/** The victim's care plan of an incident (seed 000: after-care and stress checks are essential). */
public interface VictimCareUseCase {
    List<CareTask> carePlan(Actor actor, UUID incidentId);

    CareTask complete(CompleteCareTaskCommand command);

    /** Adds a referral to a specialist to the plan. */
    CareTask flagSpecialistNeeded(Actor actor, UUID incidentId);

    /** Reports each open task past its due time, once; run on a schedule. @return how many were reported */
    int reportOverdueTasks();
}
