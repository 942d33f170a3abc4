package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** Who read what confidential part of an incident, and when; HQ safety can review it. */
public record AuditEntry(UUID incidentId, String actor, String action, Instant at) {
    public static final String READ_STATEMENTS = "read-statements";
    public static final String READ_EVIDENCE = "read-evidence";
}
