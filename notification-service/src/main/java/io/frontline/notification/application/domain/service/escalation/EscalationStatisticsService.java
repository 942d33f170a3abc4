package io.frontline.notification.application.domain.service.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationStatistics;
import io.frontline.notification.application.port.in.escalation.EscalationStatisticsCommand;
import io.frontline.notification.application.port.in.escalation.EscalationStatisticsQuery;
import io.frontline.notification.application.port.out.escalation.EscalationStatisticsPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
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
 * Safety analytics of escalations (issue 14), in the scope of the escalations list: HQ safety and admins the chain,
 * site and regional managers the sites they may access. A site or region outside it is refused (403).
 */
@ApplicationScoped
public class EscalationStatisticsService implements EscalationStatisticsQuery {
    private final EscalationStatisticsPort facts;
    private final Organisation organisation;

    @Inject
    public EscalationStatisticsService(EscalationStatisticsPort facts, Organisation organisation) {
        this.facts = facts;
        this.organisation = organisation;
    }

    @Override
    @Transactional
    public Figures statistics(EscalationStatisticsCommand command) {
        Actor actor = command.actor();
        if (!actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("Only managers, HQ safety and admins read escalation figures");
        }
        boolean chain = actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN);
        Set<String> scope = chain ? null : organisation.sites().stream().map(Site::id)
                .filter(id -> actor.canAccessSite(id, organisation)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> sites = narrow(scope, command.siteId(), command.regionId());
        ZoneId zone = organisation.timeZone();
        Instant from = command.from().atStartOfDay(zone).toInstant();
        Instant to = command.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<String> covered = sites == null ? organisation.sites().stream().map(Site::id).sorted().toList()
                : List.copyOf(new TreeSet<>(sites));
        List<EscalationStatistics.Facts> started = sites != null && sites.isEmpty() ? List.of()
                : facts.escalationsStarted(sites, from, to);
        return new Figures(covered, EscalationStatistics.of(started),
                sites == null ? facts.deliveriesFailedByChannel(from, to) : null);
    }

    private Set<String> narrow(Set<String> scope, String siteId, String regionId) {
        return organisation.narrow(scope, siteId, regionId);
    }
}
