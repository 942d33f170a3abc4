package io.frontline.incident.application.domain.service;

import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.incident.application.domain.model.AuditEntry;
import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.Statement;
import io.frontline.incident.application.port.in.AddEvidenceCommand;
import io.frontline.incident.application.port.in.AddStatementCommand;
import io.frontline.incident.application.port.in.FactFindingUseCase;
import io.frontline.incident.application.port.out.FactFindingPort;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Statements and evidence of an incident, with the audit trail of every read. */
@ApplicationScoped
public class FactFindingService implements FactFindingUseCase {
    private final LoadIncidentPort load;
    private final FactFindingPort facts;
    private final IncidentService incidents;
    private final Organisation organisation;
    private final Clock clock;
    private final ConfidentialReads reads;

    @Inject
    public FactFindingService(LoadIncidentPort load, FactFindingPort facts, IncidentService incidents,
                              Organisation organisation, Clock clock, ConfidentialReads reads) {
        this.reads = reads;
        this.load = load;
        this.facts = facts;
        this.incidents = incidents;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Anyone who works at, manages or oversees the site can give a statement about an incident there. */
    private Incident atActorsSite(Actor actor, UUID incidentId) {
        Incident incident = load.load(incidentId).orElseThrow(() -> new NotFound("incident", incidentId.toString()));
        if (!actor.canAccessSite(incident.siteId(), organisation)) {
            throw new NotFound("incident", incidentId.toString());
        }
        return incident;
    }

    @Override
    @Transactional
    public Statement addStatement(AddStatementCommand command) {
        Incident incident = atActorsSite(command.actor(), command.incidentId());
        incident.checkStatementCapacity(command.actor().userId(), command.authorRole());
        Statement statement = new Statement(UUID.randomUUID(), incident.id(), command.authorRole(),
                command.actor().userId(), command.text().strip(), clock.instant());
        facts.save(statement);
        return statement;
    }

    /**
     * The site's own manager and HQ safety read all statements, an author their own; for anyone else the
     * incident does not exist. The read is audited in the same transaction.
     */
    @Override
    @Transactional
    public List<Statement> statements(Actor actor, UUID incidentId) {
        return reads.guarded(actor, ConfidentialRead.STATEMENTS, incidentId.toString(),
                () -> statementsVisibleTo(actor, incidentId));
    }

    private List<Statement> statementsVisibleTo(Actor actor, UUID incidentId) {
        Incident incident = load.load(incidentId).orElseThrow(() -> new NotFound("incident", incidentId.toString()));
        boolean readsAll = actor.hasRole(Roles.HQ_SAFETY)
                || (actor.hasRole(Roles.SITE_MANAGER) && actor.sites().contains(incident.siteId()));
        List<Statement> all = facts.statementsOf(incidentId);
        List<Statement> visible = readsAll ? all
                : all.stream().filter(s -> s.author().equals(actor.userId())).toList();
        if (!readsAll && visible.isEmpty()) {
            throw new NotFound("incident", incidentId.toString());
        }
        facts.audit(new AuditEntry(incidentId, actor.userId(), AuditEntry.READ_STATEMENTS, clock.instant()));
        reads.granted(actor, ConfidentialRead.STATEMENTS, incidentId.toString());
        return visible;
    }

    @Override
    @Transactional
    public Evidence addEvidence(AddEvidenceCommand command) {
        Incident incident = atActorsSite(command.actor(), command.incidentId());
        Evidence evidence = new Evidence(UUID.randomUUID(), incident.id(), command.kind(), command.uri(),
                command.sha256(), command.capturedAt(), command.actor().userId(), clock.instant());
        facts.add(evidence);
        return evidence;
    }

    @Override
    @Transactional
    public List<Evidence> evidence(Actor actor, UUID incidentId) {
        reads.guarded(actor, ConfidentialRead.EVIDENCE, incidentId.toString(),
                () -> incidents.readable(actor, load.load(incidentId), incidentId));
        facts.audit(new AuditEntry(incidentId, actor.userId(), AuditEntry.READ_EVIDENCE, clock.instant()));
        reads.granted(actor, ConfidentialRead.EVIDENCE, incidentId.toString());
        return facts.evidenceOf(incidentId);
    }

    @Override
    @Transactional
    public List<AuditEntry> auditTrail(Actor actor, UUID incidentId) {
        if (!actor.hasRole(Roles.HQ_SAFETY) || load.load(incidentId).isEmpty()) {
            throw new NotFound("incident", incidentId.toString());
        }
        return facts.auditTrailOf(incidentId);
    }
}
