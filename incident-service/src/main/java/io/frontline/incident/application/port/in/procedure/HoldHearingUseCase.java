package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.Hearing;

/**
 * A committee member records a closed hearing with its written record and acknowledgements (seed 004,
 * Klachtenprocedure 4, 10).
 */
public interface HoldHearingUseCase {
    Hearing hold(HoldHearingCommand command);
}
