package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.IncidentSignal;

import java.util.UUID;

/** Stores incident signals, one per incident. */
public interface SaveIncidentSignalPort {
    boolean isRecorded(UUID incidentId);

    void save(IncidentSignal signal);
}
