package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.InvalidValue;

import java.time.Instant;

/**
 * What a manager narrows the incidents queue to (issue 13); every field is optional. The date range is half-open,
 * {@code from} inclusive and {@code to} exclusive, on the time it happened or the time it was reported.
 * {@code regionId} narrows to the sites of one region (issue 14: a region dashboard's drill-down lists exactly that
 * region).
 */
public record IncidentQueueFilter(IncidentStatus status, String siteId, Severity severity, IncidentType type,
                                  IncidentSource source, DateField dateField, Instant from, Instant to,
                                  Integer weekday, Integer hour, String regionId) {
    public enum DateField { OCCURRED, REPORTED }

    /**
     * {@code weekday} (ISO, 1 Monday … 7 Sunday) and {@code hour} (0–23) narrow to the incidents that happened then in
     * the site's own zone — a cell of the analytics heat map — and so need the site.
     */
    public IncidentQueueFilter {
        dateField = dateField == null ? DateField.REPORTED : dateField;
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValue("to", "to must lie after from");
        }
        if (weekday != null && (weekday < 1 || weekday > 7)) {
            throw new InvalidValue("weekday", "weekday must be 1 (Monday) to 7 (Sunday)");
        }
        if (hour != null && (hour < 0 || hour > 23)) {
            throw new InvalidValue("hour", "hour must be 0 to 23");
        }
        if ((weekday != null || hour != null) && siteId == null) {
            throw new InvalidValue("site", "weekday and hour are the site's local time: give the site");
        }
    }

    public IncidentQueueFilter(IncidentStatus status, String siteId, Severity severity, IncidentType type,
                               IncidentSource source, DateField dateField, Instant from, Instant to) {
        this(status, siteId, severity, type, source, dateField, from, to, null, null, null);
    }

    /** Without a region: every site in the reader's scope (or the one site given). */
    public IncidentQueueFilter(IncidentStatus status, String siteId, Severity severity, IncidentType type,
                               IncidentSource source, DateField dateField, Instant from, Instant to,
                               Integer weekday, Integer hour) {
        this(status, siteId, severity, type, source, dateField, from, to, weekday, hour, null);
    }

    public static IncidentQueueFilter none() {
        return new IncidentQueueFilter(null, null, null, null, null, null, null, null);
    }
}
