package io.frontline.incident.application.domain.service.procedure;

import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.incident.application.domain.model.procedure.PartySide;
import io.frontline.incident.application.port.in.procedure.Audience;
import io.frontline.incident.application.port.in.procedure.ListMyFormalComplaintsCommand;
import io.frontline.incident.application.port.in.procedure.ListMyFormalComplaintsUseCase;
import io.frontline.incident.application.port.in.procedure.MyFormalComplaint;
import io.frontline.incident.application.port.out.procedure.ListFormalComplaintsPort;
import io.frontline.incident.application.port.out.procedure.LoadCommitteePort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * "My cases" of the internal procedure (seed 004), scoped exactly as reading a case is: a party sees the cases
 * they are party to; a member of the committee the committee's cases, marked where they are a party and cannot
 * sit; management (hr) the cases still under way — a report, a decision or an objection's answer due; HQ safety
 * and admin, who never read a case, nothing beyond their own.
 */
@ApplicationScoped
public class MyFormalComplaintsService implements ListMyFormalComplaintsUseCase {
    private final ListFormalComplaintsPort complaints;
    private final LoadCommitteePort committee;

    @Inject
    public MyFormalComplaintsService(ListFormalComplaintsPort complaints, LoadCommitteePort committee) {
        this.complaints = complaints;
        this.committee = committee;
    }

    @Override
    public ListPage<MyFormalComplaint> list(ListMyFormalComplaintsCommand command) {
        Actor actor = command.actor();
        boolean member = actor.hasRole(Roles.COMMITTEE) && committee.committee().isMember(actor.userId());
        boolean management = actor.hasRole(Roles.HR);
        return ListPage.of(complaints.page(actor.userId(), member, management, command.after(), command.limit() + 1),
                        command.limit(), c -> Cursor.of(ListMyFormalComplaintsCommand.SORT, c.receivedAt().toString(),
                                c.id().toString()))
                .map(c -> line(actor, c));
    }

    private static MyFormalComplaint line(Actor actor, FormalComplaint c) {
        Optional<PartySide> side = c.sideOf(actor.userId());
        boolean onCommittee = actor.hasRole(Roles.COMMITTEE) && c.committee().isMember(actor.userId());
        Audience readAs = onCommittee ? Audience.COMMITTEE
                : side.map(s -> s == PartySide.COMPLAINANT ? Audience.COMPLAINANT : Audience.ACCUSED)
                .orElse(Audience.MANAGEMENT);
        boolean cannotSit = actor.hasRole(Roles.COMMITTEE) && side.isPresent();
        return new MyFormalComplaint(c.id(), c.reference(), c.status(), c.receivedAt(), readAs, cannotSit,
                c.nextTermDue().orElse(null));
    }
}
