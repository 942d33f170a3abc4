package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.AuditEntry;
import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.Statement;
import io.frontline.platform.domain.Actor;

import java.util.List;
import java.util.UUID;

/**
 * Fact-finding (seed 000: establish the facts objectively, from several sources). Statements are read
 * by the site's manager, HQ safety and their author only; every read of statements or evidence is
 * written to the audit trail in the same transaction, and HQ safety reads that trail.
 */
public interface FactFindingUseCase {
    Statement addStatement(AddStatementCommand command);

    List<Statement> statements(Actor actor, UUID incidentId);

    Evidence addEvidence(AddEvidenceCommand command);

    List<Evidence> evidence(Actor actor, UUID incidentId);

    List<AuditEntry> auditTrail(Actor actor, UUID incidentId);
}
