package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.PositionStatement;

/** A party states its position or answers the other side's (seed 004, Klachtenprocedure 8). */
public interface SubmitPositionUseCase {
    PositionStatement submit(SubmitPositionCommand command);
}
