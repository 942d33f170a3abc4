package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Who read what confidential part of an incident (statements, evidence, an evidence file), or made its police
 * handover package, and when; HQ safety can review it.
 */
public record AuditEntry(UUID incidentId, String actor, String action, Instant at) {
    public static final String READ_STATEMENTS = "read-statements";
    public static final String READ_EVIDENCE = "read-evidence";
    public static final String READ_EVIDENCE_FILE = "read-evidence-file";
    public static final String POLICE_PACKAGE = "police-package";
}
