package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.domain.model.IncidentStatistics;
import io.frontline.incident.application.port.in.IncidentStatisticsCommand;
import io.frontline.incident.application.port.in.IncidentStatisticsQuery;
import io.frontline.incident.application.port.out.IncidentStatisticsPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Safety analytics (issue 14) in the same scope as the work queues: the sites in the token, the sites of its
 * regions, the whole chain for HQ safety and admins. Asking for a site or region outside that scope is refused
 * (403), so a manager can tell "not yours" from "nothing happened"; the scope goes into the queries.
 */
@ApplicationScoped
public class SafetyStatisticsService implements IncidentStatisticsQuery {
    private final IncidentStatisticsPort facts;
    private final Organisation organisation;
    private final Clock clock;

    @Inject
    public SafetyStatisticsService(IncidentStatisticsPort facts, Organisation organisation, Clock clock) {
        this.facts = facts;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Figures statistics(IncidentStatisticsCommand command) {
        Actor actor = command.actor();
        requireReader(actor);
        Set<String> sites = sitesAsked(actor, command.siteId(), command.regionId());
        ZoneId zone = organisation.timeZone();
        Instant from = command.from().atStartOfDay(zone).toInstant();
        Instant to = command.to().plusDays(1).atStartOfDay(zone).toInstant();
        IncidentStatistics.Report report = IncidentStatistics.of(facts.incidentsReported(sites, from, to),
                facts.careTasksOfIncidentsReported(sites, from, to), facts.suggestionsMade(sites, from, to),
                command.groupBy(), places(), clock.instant());
        return new Figures(from, to, sorted(sites), report);
    }

    @Override
    public List<String> sitesCovered(Actor actor, String siteId, String regionId) {
        requireReader(actor);
        return sorted(sitesAsked(actor, siteId, regionId));
    }

    private static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("Only managers, HQ safety and admins read safety figures");
        }
    }

    private List<String> sorted(Set<String> sites) {
        return sites == null ? organisation.sites().stream().map(Site::id).sorted().toList()
                : List.copyOf(new TreeSet<>(sites));
    }

    /** The sites the figures cover; null for the whole chain. */
    Set<String> sitesAsked(Actor actor, String siteId, String regionId) {
        Set<String> scope = scope(actor);
        return organisation.narrow(scope, siteId, regionId);
    }

    /** The sites the actor oversees; null for the whole chain. */
    private Set<String> scope(Actor actor) {
        if (actor.isChainWide()) {
            return null;
        }
        Set<String> sites = new TreeSet<>(actor.sites());
        for (String region : actor.regions()) {
            organisation.sitesInRegion(region).stream().map(Site::id).forEach(sites::add);
        }
        return sites;
    }

    private IncidentStatistics.Places places() {
        return new IncidentStatistics.Places() {
            @Override
            public String regionOf(String siteId) {
                return organisation.findSite(siteId).map(Site::regionId).orElse("unknown");
            }

            @Override
            public ZoneId zoneOf(String siteId) {
                return organisation.zoneOf(siteId);
            }

            @Override
            public ZoneId chainZone() {
                return organisation.timeZone();
            }
        };
    }
}
