package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.ManagementDecision;

/** Management (role hr) decides on the report within 14 days (seed 004, Sancties en maatregelen). */
public interface TakeDecisionUseCase {
    ManagementDecision decide(TakeDecisionCommand command);
}
