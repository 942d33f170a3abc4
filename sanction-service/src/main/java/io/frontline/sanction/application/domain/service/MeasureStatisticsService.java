package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import io.frontline.sanction.application.domain.model.MeasureStatistics;
import io.frontline.sanction.application.port.in.MeasureStatisticsCommand;
import io.frontline.sanction.application.port.in.MeasureStatisticsQuery;
import io.frontline.sanction.application.port.out.MeasureStatisticsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Safety analytics of the ban ladder (issue 14), in the scope of the measures queues: HQ safety and admins every
 * customer measure, site and regional managers those of the sites they may access. A site or region asked for
 * outside that scope is refused (403).
 */
@ApplicationScoped
public class MeasureStatisticsService implements MeasureStatisticsQuery {
    private final MeasureStatisticsPort counts;
    private final Organisation organisation;

    @Inject
    public MeasureStatisticsService(MeasureStatisticsPort counts, Organisation organisation) {
        this.counts = counts;
        this.organisation = organisation;
    }

    @Override
    @Transactional
    public MeasureStatistics.Report statistics(MeasureStatisticsCommand command) {
        Actor actor = command.actor();
        if (!actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("Only managers, HQ safety and admins read the ladder's figures");
        }
        Set<String> scope = actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN) ? null
                : organisation.sites().stream().map(Site::id).filter(id -> actor.canAccessSite(id, organisation))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> sites = narrow(scope, command.siteId(), command.regionId());
        ZoneId zone = organisation.timeZone();
        Instant from = command.from().atStartOfDay(zone).toInstant();
        Instant to = command.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<String> covered = sites == null ? organisation.sites().stream().map(Site::id).sorted().toList()
                : List.copyOf(new TreeSet<>(sites));
        if (sites != null && sites.isEmpty()) {
            return new MeasureStatistics.Report(covered, List.of(), List.of(), List.of(), List.of());
        }
        return new MeasureStatistics.Report(covered, counts.outcomes(sites, from, to), counts.activeBans(sites),
                counts.violationsBySite(sites, from, to), counts.violationsByChannel(sites, from, to));
    }

    private Set<String> narrow(Set<String> scope, String siteId, String regionId) {
        return organisation.narrow(scope, siteId, regionId);
    }
}
