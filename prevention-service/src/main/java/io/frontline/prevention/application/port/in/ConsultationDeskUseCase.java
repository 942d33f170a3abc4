package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.Consultation;
import io.frontline.prevention.application.domain.model.ConsultationDesk;

import java.util.List;
import java.util.UUID;

/**
 * The consultation desk (seed 000, 004): set up per site, shown to every employee; a consultation is read only by
 * the employee and the desk person they chose.
 */
public interface ConsultationDeskUseCase {
    ConsultationDesk setUp(SetUpDeskCommand command);

    ConsultationDesk desk(String siteId);

    List<ConsultationDesk> desks();

    Consultation consult(ConsultCommand command);

    /** A consultation the actor may read; anyone else gets "not found", never a hint that it exists. */
    Consultation consultation(Actor actor, UUID id);

    List<Consultation> consultations(Actor actor);
}
