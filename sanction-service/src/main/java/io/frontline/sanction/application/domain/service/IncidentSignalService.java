package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import io.frontline.sanction.application.domain.model.IncidentSignal;
import io.frontline.sanction.application.port.in.ListIncidentSignalsQuery;
import io.frontline.sanction.application.port.in.RecordIncidentSignalCommand;
import io.frontline.sanction.application.port.in.RecordIncidentSignalUseCase;
import io.frontline.sanction.application.port.out.LoadIncidentSignalsPort;
import io.frontline.sanction.application.port.out.SaveIncidentSignalPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Recording reported incidents and showing them to the people in charge of their sites. */
@ApplicationScoped
public class IncidentSignalService implements RecordIncidentSignalUseCase, ListIncidentSignalsQuery {
    private final SaveIncidentSignalPort save;
    private final LoadIncidentSignalsPort load;
    private final Organisation organisation;
    private final Clock clock;

    @Inject
    public IncidentSignalService(SaveIncidentSignalPort save, LoadIncidentSignalsPort load, Organisation organisation,
                                 Clock clock) {
        this.save = save;
        this.load = load;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean record(RecordIncidentSignalCommand command) {
        // The inbox already drops a redelivered event; this also drops a second event about the same incident.
        if (save.isRecorded(command.incidentId())) {
            return false;
        }
        save.save(new IncidentSignal(command.incidentId(), command.reference(), command.siteId(), command.types(),
                command.severity(), command.perpetratorSubjectKey(), command.occurredAt(), clock.instant()));
        return true;
    }

    @Override
    @Transactional
    public List<IncidentSignal> list(Actor actor, int limit) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER)) {
            throw new AccessDenied("Your role does not see incident signals");
        }
        if (actor.isChainWide()) {
            return load.newestFirst(limit);
        }
        Set<String> sites = organisation.sites().stream()
                .filter(site -> actor.canAccessSite(site.id(), site.regionId()))
                .map(Site::id).collect(Collectors.toSet());
        return sites.isEmpty() ? List.of() : load.newestFirstAt(sites, limit);
    }
}
