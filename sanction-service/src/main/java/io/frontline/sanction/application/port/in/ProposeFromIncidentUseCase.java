package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.ConfirmedIncident;
import io.frontline.sanction.application.domain.model.Measure;

import java.util.Optional;

/**
 * A confirmed incident is recorded as history and, when its perpetrator is a known customer, the ladder
 * proposes a measure. An incident already recorded proposes nothing again.
 */
public interface ProposeFromIncidentUseCase {
    Optional<Measure> proposeFor(ConfirmedIncident incident);
}
