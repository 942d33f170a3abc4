package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CaseAdvice;
import io.frontline.incident.application.domain.model.procedure.Finding;
import io.frontline.platform.domain.Actor;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The committee issues its written report to management (seed 004, Oordeel 2-3). */
public record IssueReportCommand(Actor actor, UUID complaintId, List<String> affected, Finding finding,
                                 CaseAdvice caseAdvice, String generalAdvice) {
    public IssueReportCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
        affected = affected == null ? List.of() : List.copyOf(affected);
    }
}
