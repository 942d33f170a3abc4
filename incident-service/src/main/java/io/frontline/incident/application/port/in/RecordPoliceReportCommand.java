package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.PoliceReport;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The police report that was filed for an incident. */
public record RecordPoliceReportCommand(Actor actor, UUID incidentId, PoliceReport report) {
    public RecordPoliceReportCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(report, "report");
    }
}
