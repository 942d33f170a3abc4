package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.Incident;

/** Stores an incident. */
public interface SaveIncidentPort {
    void save(Incident incident);
}
