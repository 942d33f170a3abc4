package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Roles;
import io.frontline.prevention.application.domain.model.Playbook;
import io.frontline.prevention.application.port.in.PlaybookUseCase;
import io.frontline.prevention.application.port.out.PlaybookStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The chain's response playbooks: decided by HQ safety (or an administrator), read by everyone. */
@ApplicationScoped
public class PlaybookService implements PlaybookUseCase {
    @Inject
    PlaybookStore store;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Playbook save(Actor actor, Playbook p) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            throw new AccessDenied("HQ safety decides the chain's playbooks");
        }
        Playbook saved = new Playbook(p.situation(), p.title(), p.incidentTypes(), p.responders(), p.endingContact(),
                p.apology(), p.recording(), p.listenFor(), p.inform(), actor.userId(), clock.instant());
        store.save(saved);
        return saved;
    }

    @Override
    public Playbook playbook(String situation) {
        return store.find(situation).orElseThrow(() -> new NotFound("playbook", situation));
    }

    @Override
    public List<Playbook> playbooks(String incidentType) {
        return store.all().stream().filter(p -> incidentType == null || p.incidentTypes().contains(incidentType))
                .toList();
    }
}
