package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.DirectoryEntry;
import io.frontline.notification.application.domain.model.ListedPerson;
import io.frontline.notification.application.port.in.ChangePersonStatusCommand;
import io.frontline.notification.application.port.in.KeepDirectoryStatusUseCase;
import io.frontline.notification.application.port.in.RosterQuery;
import io.frontline.notification.application.port.in.SmsPagingFilter;
import io.frontline.notification.application.port.out.DirectoryStatusPort;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Deactivation keeps a person on record (their inbox, the deliveries and escalations that named them) but takes
 * them out of the directory that routing, escalation and sending read: no new notice is routed to them, a delivery
 * still pending or held for quiet hours is suppressed when its turn comes, and an open escalation whose next level
 * would have told them tells the others of that level (or, with nobody left there, climbs on as an empty level does).
 * An administrator cannot deactivate themselves, so the directory never loses its last keeper by accident.
 */
@ApplicationScoped
public class DirectoryStatusService implements KeepDirectoryStatusUseCase {
    private final DirectoryStatusPort status;
    private final Clock clock;
    private final SmsPagingNeeds smsPaging;

    @Inject
    public DirectoryStatusService(DirectoryStatusPort status, Clock clock, SmsPagingNeeds smsPaging) {
        this.status = status;
        this.clock = clock;
        this.smsPaging = smsPaging;
    }

    @Override
    @Transactional
    public List<ListedPerson> roster(RosterQuery query) {
        // People who need a number but have none are active by definition: the filter narrows the query first.
        Boolean active = query.smsPaging() == SmsPagingFilter.MISSING && query.active() == null ? Boolean.TRUE
                : query.active();
        return smsPaging.list(status.entries(query.search(), active), query.smsPaging());
    }

    @Override
    @Transactional
    public DirectoryEntry deactivate(ChangePersonStatusCommand command) {
        DirectoryEntry entry = entry(command.personId());
        if (command.personId().equals(command.administrator())) {
            throw new RuleViolation("id", "An administrator cannot deactivate themselves");
        }
        if (entry.active()) {
            status.deactivate(command.personId(), clock.instant(), command.administrator());
        }
        return entry(command.personId());
    }

    @Override
    @Transactional
    public DirectoryEntry reactivate(ChangePersonStatusCommand command) {
        DirectoryEntry entry = entry(command.personId());
        if (!entry.active()) {
            status.reactivate(command.personId());
        }
        return entry(command.personId());
    }

    private DirectoryEntry entry(String id) {
        return status.entry(id).orElseThrow(() -> new NotFound("person", id));
    }
}
