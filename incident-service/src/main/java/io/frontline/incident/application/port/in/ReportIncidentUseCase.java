package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Incident;

/** Reports an incident at a site the reporter works for; the report is published for the other services. */
public interface ReportIncidentUseCase {
    Incident report(ReportIncidentCommand command);
}
