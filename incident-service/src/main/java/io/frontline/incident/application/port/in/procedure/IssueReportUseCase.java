package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CommitteeReport;

/** The committee issues its written report to management (seed 004, Oordeel 2-3). */
public interface IssueReportUseCase {
    CommitteeReport issue(IssueReportCommand command);
}
