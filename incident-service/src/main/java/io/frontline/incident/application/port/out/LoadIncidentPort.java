package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.Incident;

import java.util.Optional;
import java.util.UUID;

/** Reads a stored incident. */
public interface LoadIncidentPort {
    Optional<Incident> load(UUID incidentId);
}
