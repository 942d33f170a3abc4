package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.domain.model.LiveAlert;
import io.frontline.incident.application.port.in.LiveAlertFeedQuery;
import io.frontline.incident.application.port.out.LiveAlertFeedPort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The live console's feed, scoped to the actor's call centers in the query itself. */
@ApplicationScoped
public class LiveAlertFeedService implements LiveAlertFeedQuery {
    private final LiveAlertFeedPort feed;
    private final Organisation organisation;

    @Inject
    public LiveAlertFeedService(LiveAlertFeedPort feed, Organisation organisation) {
        this.feed = feed;
        this.organisation = organisation;
    }

    @Override
    public List<String> watchedSites(Actor actor) {
        return organisation.regions().stream().flatMap(r -> organisation.sitesInRegion(r.id()).stream())
                .filter(s -> s.type() == SiteType.CALL_CENTER)
                .filter(s -> actor.isChainWide() || actor.sites().contains(s.id()))
                .map(Site::id).toList();
    }

    @Override
    @Transactional
    public List<LiveAlert> after(Actor actor, long sequence) {
        List<String> sites = watchedSites(actor);
        return sites.isEmpty() ? List.of() : feed.after(sequence, sites, PAGE);
    }

    @Override
    @Transactional
    public Opening open(Actor actor) {
        // The head is read first: an alert committed after it is either among the open ones or comes after it.
        long head = feed.latestSequence();
        List<String> sites = watchedSites(actor);
        List<LiveAlert> open = sites.isEmpty() ? List.of() : feed.openAt(sites, PAGE);
        long last = open.stream().mapToLong(LiveAlert::sequence).max().orElse(0);
        return new Opening(open, Math.max(head, last));
    }
}
