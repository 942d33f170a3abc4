package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.Objection;

/** A party objects to management's decision with written reasons (seed 004, Niet eens met de beslissing). */
public interface FileObjectionUseCase {
    Objection object(FileObjectionCommand command);
}
