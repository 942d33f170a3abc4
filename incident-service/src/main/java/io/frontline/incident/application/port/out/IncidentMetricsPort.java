package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.Severity;

/** What operations count of incidents: how many are reported, how serious, by which way. */
public interface IncidentMetricsPort {
    void reported(Severity severity, IncidentSource source);
}
