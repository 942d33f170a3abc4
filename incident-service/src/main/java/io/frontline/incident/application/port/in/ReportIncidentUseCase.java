package io.frontline.incident.application.port.in;

/**
 * Reports an incident at a site the reporter works for; the report is published for the other services, and the
 * reporter hears what happens next.
 */
public interface ReportIncidentUseCase {
    ReportedIncident report(ReportIncidentCommand command);
}
