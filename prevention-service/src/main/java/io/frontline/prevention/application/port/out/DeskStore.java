package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.Consultation;
import io.frontline.prevention.application.domain.model.ConsultationDesk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Consultation desks per site and the consultations held with them. */
public interface DeskStore {
    void save(ConsultationDesk desk);

    Optional<ConsultationDesk> desk(String siteId);

    List<ConsultationDesk> desks();

    void save(Consultation consultation);

    Optional<Consultation> consultation(UUID id);

    /** Consultations in which the person is the employee or the chosen desk person, newest first. */
    List<Consultation> consultationsOf(String userId);
}
