package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.domain.model.CareTaskDue;
import io.frontline.incident.application.domain.model.IncidentQueueFilter;
import io.frontline.incident.application.domain.model.IncidentQueueSort;
import io.frontline.incident.application.domain.model.IncidentSummary;
import io.frontline.incident.application.port.in.ListCareTasksCommand;
import io.frontline.incident.application.port.in.ListCareTasksUseCase;
import io.frontline.incident.application.port.in.ListIncidentsCommand;
import io.frontline.incident.application.port.in.ListIncidentsUseCase;
import io.frontline.incident.application.port.out.IncidentQueuePort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The work queues of incident handling (issue 13): incidents and care tasks of the sites the actor oversees. The
 * scope is the same as for reading one incident — the sites in the token, the sites of its regions, the whole
 * chain for HQ safety and admins — and goes into the query, so a manager of one site never reads a row of another.
 */
@ApplicationScoped
public class WorkQueueService implements ListIncidentsUseCase, ListCareTasksUseCase {
    private final IncidentQueuePort queues;
    private final Organisation organisation;
    private final Clock clock;

    @Inject
    public WorkQueueService(IncidentQueuePort queues, Organisation organisation, Clock clock) {
        this.queues = queues;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ListPage<IncidentSummary> list(ListIncidentsCommand command) {
        Actor actor = command.actor();
        if (!actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("Only managers, HQ safety and admins list incidents");
        }
        Set<String> sites = scope(actor);
        IncidentQueueFilter filter = command.filter();
        if (sites != null && filter.siteId() != null && !sites.contains(filter.siteId())) {
            // A site outside the scope has nothing for this reader, exactly like a site without incidents.
            return new ListPage<>(List.of(), null);
        }
        if (filter.regionId() != null) {
            // The region's sites within the reader's scope, so the SQL's site condition does the narrowing.
            if (organisation.findRegion(filter.regionId()).isEmpty()) {
                throw new InvalidValue("region", "Unknown region");
            }
            Set<String> inRegion = new java.util.HashSet<>();
            organisation.sitesInRegion(filter.regionId()).forEach(s -> inRegion.add(s.id()));
            if (sites != null) {
                inRegion.retainAll(sites);
            }
            sites = inRegion;
        }
        IncidentQueueSort sort = command.sort();
        List<IncidentSummary> rows = queues.incidents(sites, filter, sort, command.after(), command.limit() + 1);
        return ListPage.of(rows, command.limit(), last -> cursorAfter(sort, last));
    }

    static Cursor cursorAfter(IncidentQueueSort sort, IncidentSummary last) {
        String id = last.id().toString();
        switch (sort) {
            case NEWEST_OCCURRED:
            case OLDEST_OCCURRED:
                return Cursor.of(sort.wire(), last.occurredAt().toString(), id);
            case MOST_SEVERE:
            case LEAST_SEVERE:
                return Cursor.of(sort.wire(), last.severity().name(), last.reportedAt().toString(), id);
            default:
                return Cursor.of(sort.wire(), last.reportedAt().toString(), id);
        }
    }

    @Override
    @Transactional
    public ListPage<CareTaskDue> due(ListCareTasksCommand command) {
        Actor actor = command.actor();
        if (!actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY)) {
            throw new AccessDenied("Only managers and HQ safety list care tasks");
        }
        Set<String> sites = scope(actor);
        if (sites != null && command.siteId() != null && !sites.contains(command.siteId())) {
            return new ListPage<>(List.of(), null);
        }
        Instant now = clock.instant();
        Instant dueBefore = switch (command.window()) {
            case OVERDUE -> now;
            case DUE_SOON -> now.plus(command.within());
            case OPEN -> null;
        };
        List<CareTaskDue> rows = queues.openCareTasks(sites, command.siteId(), dueBefore, command.after(),
                command.limit() + 1);
        return ListPage.of(rows, command.limit(),
                last -> Cursor.of(ListCareTasksCommand.SORT, last.dueAt().toString(), last.taskId().toString()));
    }

    @Override
    @Transactional
    public List<CareTaskDue> mine(Actor actor) {
        // Who the person is comes from the token: the reporter or a victim named by their user id.
        return queues.careTasksOf(actor.userId(), MAX_MINE);
    }

    /** The sites the actor oversees; null for the whole chain. */
    private Set<String> scope(Actor actor) {
        if (actor.isChainWide()) {
            return null;
        }
        Set<String> sites = new HashSet<>(actor.sites());
        for (String region : actor.regions()) {
            organisation.sitesInRegion(region).stream().map(Site::id).forEach(sites::add);
        }
        return sites;
    }
}
