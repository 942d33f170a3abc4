package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.Objection;

/** Management answers an objection in writing within 14 days (seed 004, Niet eens met de beslissing). */
public interface AnswerObjectionUseCase {
    Objection answer(AnswerObjectionCommand command);
}
