package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.Incident;

/** Stores an incident. */
public interface SaveIncidentPort {
    void save(Incident incident);

    /** Stores an incident just reported: none with its id is stored yet, so nothing is looked up first. */
    default void saveNew(Incident incident) {
        save(incident);
    }
}
