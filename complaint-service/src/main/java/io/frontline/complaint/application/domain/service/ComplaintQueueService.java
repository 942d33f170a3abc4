package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.ComplaintQueue;
import io.frontline.complaint.application.port.in.ListComplaintsCommand;
import io.frontline.complaint.application.port.in.ListComplaintsUseCase;
import io.frontline.complaint.application.port.out.ListComplaintsPort;
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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The complaint queue: the reader's scope — the same as for reading one complaint (their sites, their regions'
 * sites, or the chain) — is handed to the store's query with the filter, so a page holds only what they may see.
 */
@ApplicationScoped
public class ComplaintQueueService implements ListComplaintsUseCase {
    private final ListComplaintsPort complaints;
    private final Organisation organisation;
    private final Clock clock;

    @Inject
    public ComplaintQueueService(ListComplaintsPort complaints, Organisation organisation, Clock clock) {
        this.complaints = complaints;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ListPage<ComplaintQueue.Item> list(ListComplaintsCommand command) {
        Actor actor = command.actor();
        if (!actor.hasAnyRole(Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY,
                Roles.ADMIN)) {
            throw new AccessDenied("Only those who handle complaints read the complaint queue");
        }
        ComplaintQueue.Sort sort = command.sort();
        Cursor cursor = Cursor.parse(command.cursor(), sort.wire());
        ComplaintQueue.After after = cursor == null ? null : after(cursor);
        ZoneId zone = organisation.timeZone();
        ComplaintQueue.Filter asked = command.filter();
        ComplaintQueue.Filter filter = new ComplaintQueue.Filter(asked.statuses(), asked.sites(), asked.assignee(),
                asked.categories(), asked.channels(), asked.due(),
                command.receivedFrom() == null ? null : command.receivedFrom().atStartOfDay(zone).toInstant(),
                command.receivedTo() == null ? null : command.receivedTo().plusDays(1).atStartOfDay(zone).toInstant(),
                asked.reference());
        ComplaintQueue.Query query = new ComplaintQueue.Query(scope(actor), filter, actor.userId(), sort, after,
                command.limit() + 1, clock.instant());
        return ListPage.of(complaints.list(query), command.limit(),
                item -> Cursor.of(sort.wire(), item.key(sort).toString(), item.id().toString()));
    }

    /** Empty for chain-wide readers; else their sites and the sites of their regions. */
    private Optional<Set<String>> scope(Actor actor) {
        if (actor.isChainWide()) {
            return Optional.empty();
        }
        Set<String> sites = new HashSet<>(actor.sites());
        for (String region : actor.regions()) {
            organisation.sitesInRegion(region).stream().map(Site::id).forEach(sites::add);
        }
        return Optional.of(Set.copyOf(sites));
    }

    private static ComplaintQueue.After after(Cursor cursor) {
        try {
            return new ComplaintQueue.After(Instant.parse(cursor.key(0)), UUID.fromString(cursor.key(1)));
        } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidValue("cursor", "cursor is not one this list handed out; start again without it");
        }
    }
}
