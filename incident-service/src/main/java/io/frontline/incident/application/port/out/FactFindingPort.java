package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.AuditEntry;
import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.Statement;

import java.util.List;
import java.util.UUID;

/** Statements, evidence references and the audit trail of who read them. */
public interface FactFindingPort {
    void save(Statement statement);

    List<Statement> statementsOf(UUID incidentId);

    /** Adds evidence; stored evidence is never changed or removed. */
    void add(Evidence evidence);

    List<Evidence> evidenceOf(UUID incidentId);

    void audit(AuditEntry entry);

    List<AuditEntry> auditTrailOf(UUID incidentId);
}
