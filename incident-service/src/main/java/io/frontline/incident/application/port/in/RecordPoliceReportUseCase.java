package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Incident;

/** Records a filed police report with the incident. */
public interface RecordPoliceReportUseCase {
    Incident recordPoliceReport(RecordPoliceReportCommand command);
}
