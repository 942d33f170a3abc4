package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.Playbook;

import java.util.List;

/** Response playbooks per situation (seed 000, 001); read by every employee and by incident-service per type. */
public interface PlaybookUseCase {
    Playbook save(Actor actor, Playbook playbook);

    Playbook playbook(String situation);

    /** All playbooks, or those that apply to an incident type. */
    List<Playbook> playbooks(String incidentType);
}
