package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentReference;
import io.frontline.incident.application.domain.model.IncidentReported;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.Perpetrator;
import io.frontline.incident.application.port.in.GetIncidentQuery;
import io.frontline.incident.application.port.in.ReportIncidentCommand;
import io.frontline.incident.application.port.in.ReportIncidentUseCase;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.incident.application.port.out.NextReferenceNumberPort;
import io.frontline.incident.application.port.out.PublishIncidentEventsPort;
import io.frontline.incident.application.port.out.SaveIncidentPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Reporting and reading incidents. */
@ApplicationScoped
public class IncidentService implements ReportIncidentUseCase, GetIncidentQuery {
    private final SaveIncidentPort save;
    private final LoadIncidentPort load;
    private final NextReferenceNumberPort references;
    private final PublishIncidentEventsPort events;
    private final Organisation organisation;
    private final Clock clock;

    @Inject
    public IncidentService(SaveIncidentPort save, LoadIncidentPort load, NextReferenceNumberPort references,
                           PublishIncidentEventsPort events, Organisation organisation, Clock clock) {
        this.save = save;
        this.load = load;
        this.references = references;
        this.events = events;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Incident report(ReportIncidentCommand command) {
        Site site = organisation.findSite(command.siteId())
                .orElseThrow(() -> new RuleViolation("site", "Unknown site " + command.siteId()));
        Actor actor = command.actor();
        // Staff report for the sites they work at, managers for the sites they manage, HQ anywhere.
        if (!actor.canAccessSite(site.id(), site.regionId())) {
            throw new AccessDenied("You cannot report incidents for site " + site.id());
        }
        Instant now = clock.instant();
        Instant occurredAt = command.occurredAt() == null ? now : command.occurredAt();
        IncidentReference reference = IncidentReference.of(now.atZone(site.timeZone()).getYear(),
                references.nextReferenceNumber());
        Perpetrator perpetrator = Perpetrator.ofNullable(command.perpetratorSubjectKey(),
                command.perpetratorDescription() == null ? null : command.perpetratorDescription().strip())
                .orElse(null);
        IncidentReported reported = Incident.report(UUID.randomUUID(), reference, site.id(), command.types(),
                command.description().strip(), occurredAt, command.immediateDanger(), perpetrator,
                IncidentSource.STAFF_REPORT, actor.userId(), now);
        save.save(reported.incident());
        events.publish(reported);
        return reported.incident();
    }

    @Override
    @Transactional
    public Incident get(Actor actor, UUID incidentId) {
        Incident incident = load.load(incidentId).orElseThrow(() -> new NotFound("incident", incidentId.toString()));
        boolean mayRead = actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN);
        if (!mayRead || !actor.canAccessSite(incident.siteId(), organisation)) {
            // Out of scope answers exactly like unknown: no hint that the incident exists.
            throw new NotFound("incident", incidentId.toString());
        }
        return incident;
    }
}
