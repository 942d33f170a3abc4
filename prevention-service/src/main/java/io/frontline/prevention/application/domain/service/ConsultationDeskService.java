package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.prevention.application.domain.model.Consultation;
import io.frontline.prevention.application.domain.model.ConsultationDesk;
import io.frontline.prevention.application.port.in.ConsultCommand;
import io.frontline.prevention.application.port.in.ConsultationDeskUseCase;
import io.frontline.prevention.application.port.in.SetUpDeskCommand;
import io.frontline.prevention.application.port.out.DeskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Consultation desks and consultations; see {@link ConsultationDeskUseCase}. */
@ApplicationScoped
public class ConsultationDeskService implements ConsultationDeskUseCase {
    @Inject
    DeskStore store;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public ConsultationDesk setUp(SetUpDeskCommand command) {
        Site site = organisation.requestedSite(command.siteId());
        Actor actor = command.actor();
        boolean entitled = actor.hasAnyRole(Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN)
                || actor.hasRole(Roles.SITE_MANAGER) && actor.sites().contains(site.id());
        if (!entitled) {
            throw new AccessDenied("HQ safety, HR, an administrator or the site's manager sets up its desk");
        }
        ConsultationDesk desk = new ConsultationDesk(site.id(), command.firstContact(), command.counsellors(),
                command.committee(), command.outsideContacts(), actor.userId(), clock.instant());
        store.save(desk);
        return desk;
    }

    @Override
    public ConsultationDesk desk(String siteId) {
        Site site = organisation.requestedSite(siteId);
        return store.desk(site.id()).orElseThrow(() -> new NotFound("consultation desk", site.id()));
    }

    @Override
    public List<ConsultationDesk> desks() {
        return store.desks();
    }

    @Override
    @Transactional
    public Consultation consult(ConsultCommand command) {
        ConsultationDesk desk = desk(command.siteId());
        if (desk.deskPerson(command.deskPersonId()).isEmpty()) {
            throw new RuleViolation("deskPerson", "Choose the first contact or a counsellor of this desk");
        }
        if (command.deskPersonId().equals(command.actor().userId())) {
            throw new RuleViolation("deskPerson", "You cannot consult yourself");
        }
        Consultation consultation = new Consultation(UUID.randomUUID(), desk.siteId(), command.actor().userId(),
                command.deskPersonId(), command.subject() == null ? null : command.subject().strip(),
                command.text().strip(), command.occurredAt(), clock.instant());
        store.save(consultation);
        return consultation;
    }

    @Override
    public Consultation consultation(Actor actor, UUID id) {
        return store.consultation(id).filter(c -> c.readableBy(actor.userId()))
                .orElseThrow(() -> new NotFound("consultation", id.toString()));
    }

    @Override
    public List<Consultation> consultations(Actor actor) {
        return store.consultationsOf(actor.userId());
    }
}
