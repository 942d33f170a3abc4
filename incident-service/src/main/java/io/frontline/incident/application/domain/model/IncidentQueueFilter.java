package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.InvalidValue;

import java.time.Instant;

/**
 * What a manager narrows the incidents queue to (issue 13); every field is optional. The date range is half-open,
 * {@code from} inclusive and {@code to} exclusive, on the time it happened or the time it was reported.
 */
public record IncidentQueueFilter(IncidentStatus status, String siteId, Severity severity, IncidentType type,
                                  IncidentSource source, DateField dateField, Instant from, Instant to) {
    public enum DateField { OCCURRED, REPORTED }

    public IncidentQueueFilter {
        dateField = dateField == null ? DateField.REPORTED : dateField;
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValue("to", "to must lie after from");
        }
    }

    public static IncidentQueueFilter none() {
        return new IncidentQueueFilter(null, null, null, null, null, null, null, null);
    }
}
