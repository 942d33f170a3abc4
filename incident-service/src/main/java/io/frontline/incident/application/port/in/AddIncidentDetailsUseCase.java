package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Incident;

/**
 * Adds details to an incident after its quick report: the reporter, or the managers of its site and HQ
 * safety. The severity is derived again, and a rise to high or critical escalates it.
 */
public interface AddIncidentDetailsUseCase {
    Incident addDetails(AddIncidentDetailsCommand command);
}
