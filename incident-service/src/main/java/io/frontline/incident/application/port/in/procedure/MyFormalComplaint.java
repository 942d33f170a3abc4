package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.ProcedureStatus;
import io.frontline.incident.application.domain.model.procedure.TermState;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of "my cases": the case, as whom the caller reads it, whether they are a committee member who is a party
 * and so cannot sit on it, and the next statutory term due (null when none runs). Nothing of the case file.
 */
public record MyFormalComplaint(UUID id, String reference, ProcedureStatus status, Instant receivedAt,
                                Audience readAs, boolean cannotSit, TermState nextTerm) {
}
