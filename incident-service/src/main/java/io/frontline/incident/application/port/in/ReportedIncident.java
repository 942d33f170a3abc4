package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.NextSteps;

import java.util.Objects;

/** A report as it was taken: the incident, and what happens next for the person who reported it. */
public record ReportedIncident(Incident incident, NextSteps nextSteps) {
    public ReportedIncident {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(nextSteps, "nextSteps");
    }
}
