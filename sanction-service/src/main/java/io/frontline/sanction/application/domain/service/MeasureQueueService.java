package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureQueue;
import io.frontline.sanction.application.domain.model.Objection;
import io.frontline.sanction.application.port.in.ListMeasureQueueCommand;
import io.frontline.sanction.application.port.in.ListMeasureQueueQuery;
import io.frontline.sanction.application.port.out.MeasureQueuePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The measures work queues. Who sees what is the same rule as for one measure ({@link MeasurePermissions#maySee}),
 * turned into the query's scope: HQ safety every measure, admin every customer measure, HR staff measures, site
 * and regional managers the customer measures of the sites they may access.
 */
@ApplicationScoped
public class MeasureQueueService implements ListMeasureQueueQuery {
    private final MeasureQueuePort queues;
    private final Organisation organisation;
    private final Clock clock;

    @Inject
    public MeasureQueueService(MeasureQueuePort queues, Organisation organisation, Clock clock) {
        this.queues = queues;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ListPage<Measure> queue(ListMeasureQueueCommand command) {
        Actor actor = command.actor();
        if (command.site() != null) {
            organisation.requestedSite(command.site());
        }
        Cursor after = Cursor.parse(command.cursor(), command.sort());
        Instant afterKey = null;
        UUID afterId = null;
        if (after != null) {
            try {
                afterKey = Instant.parse(after.key(0));
                afterId = UUID.fromString(after.key(1));
            } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new InvalidValue("cursor", "cursor is not one this list handed out; start again without it");
            }
        }
        boolean allCustomer = actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN);
        boolean staff = actor.hasAnyRole(Roles.HQ_SAFETY, Roles.HR);
        Set<String> sites = allCustomer || !actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER) ? Set.of()
                : organisation.sites().stream().map(Site::id).filter(id -> actor.canAccessSite(id, organisation))
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        MeasureQueue queue = command.queue();
        String notDecidedBy = queue == MeasureQueue.AWAITING_APPROVAL && !command.includeExcluded()
                ? actor.userId() : null;
        Instant endingBefore = queue == MeasureQueue.EXPIRING ? now.plus(Duration.ofDays(command.withinDays())) : null;
        var rows = queues.queue(new MeasureQueuePort.Criteria(queue, command.sort(), allCustomer, sites, staff,
                command.site(), notDecidedBy, endingBefore, now, afterKey, afterId, command.limit() + 1));
        return ListPage.of(rows, command.limit(), m -> Cursor.of(command.sort(), sortKey(command.sort(), m).toString(),
                m.id().toString()));
    }

    private static Instant sortKey(String sort, Measure m) {
        return switch (sort.startsWith("-") ? sort.substring(1) : sort) {
            case "proposed" -> m.proposedAt();
            case "approved" -> m.approvedAt().orElseThrow();
            case "until" -> m.until().orElseThrow();
            case "decision-due" -> m.objection().map(Objection::decisionDue).orElseThrow();
            default -> throw new IllegalStateException("no sort key for " + sort);
        };
    }
}
