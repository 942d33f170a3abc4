package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Incident;

/** Moves an incident through its workflow; managers of its site, its region and HQ safety may. */
public interface ChangeIncidentStatusUseCase {
    Incident change(ChangeIncidentStatusCommand command);
}
