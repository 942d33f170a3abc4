package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintEvent;
import io.frontline.complaint.application.domain.model.ComplaintStatistics;
import io.frontline.complaint.application.domain.model.ContactRetention;
import io.frontline.complaint.application.port.in.ComplainantPrivacyUseCase;
import io.frontline.complaint.application.port.in.ComplaintStatisticsCommand;
import io.frontline.complaint.application.port.in.ComplaintStatisticsQuery;
import io.frontline.complaint.application.port.in.WatchResponseTermsUseCase;
import io.frontline.complaint.application.port.out.ComplainantContactPort;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.complaint.application.port.out.PublishComplaintEventsPort;
import io.frontline.complaint.application.port.out.SaveComplaintPort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The complaint procedure seen from above: response terms, statistics and the complainant's personal data. */
@ApplicationScoped
public class ComplaintOversightService implements WatchResponseTermsUseCase, ComplaintStatisticsQuery,
        ComplainantPrivacyUseCase {
    private final LoadComplaintPort load;
    private final SaveComplaintPort save;
    private final PublishComplaintEventsPort events;
    private final ComplainantContactPort contacts;
    private final Organisation organisation;
    private final Clock clock;
    private final ContactRetention retention;

    @Inject
    public ComplaintOversightService(LoadComplaintPort load, SaveComplaintPort save, PublishComplaintEventsPort events,
                                     ComplainantContactPort contacts,
                                     Organisation organisation, Clock clock, ContactRetention retention) {
        this.load = load;
        this.save = save;
        this.events = events;
        this.contacts = contacts;
        this.organisation = organisation;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    @Transactional
    public int watchResponseTerms() {
        Instant now = clock.instant();
        int given = 0;
        for (UUID id : load.complaintsWithRunningTerm()) {
            Optional<Complaint> complaint = load.load(id);
            if (complaint.isEmpty()) {
                continue;
            }
            List<ComplaintEvent> warnings = complaint.get().checkTerm(now);
            if (!warnings.isEmpty()) {
                save.save(complaint.get());
                events.publishAll(warnings);
                given += warnings.size();
            }
        }
        return given;
    }

    @Override
    @Transactional
    public Figures statistics(ComplaintStatisticsCommand command) {
        Actor actor = command.actor();
        Set<String> sites = sitesAsked(actor, command.siteId(), command.regionId());
        ZoneId zone = chainZone();
        List<ComplaintStatistics.Facts> facts = sites != null && sites.isEmpty() ? List.of()
                : load.factsReceivedBetween(sites, command.from().atStartOfDay(zone).toInstant(),
                command.to().plusDays(1).atStartOfDay(zone).toInstant());
        ComplaintStatistics.Places places = new ComplaintStatistics.Places(
                site -> organisation.findSite(site).map(Site::regionId).orElse("unknown"), zone);
        List<String> covered = sites == null ? organisation.sites().stream().map(Site::id).sorted().toList()
                : List.copyOf(new TreeSet<>(sites));
        return new Figures(covered, ComplaintStatistics.of(facts, command.groupBy(), places, clock.instant()));
    }

    /**
     * The sites the figures cover (null: the whole chain) — the work queue's scope: the token's sites, the sites of
     * its regions, the chain for HQ safety and admins. A site or region outside it asked by name is refused (403):
     * "not yours" is not "nothing happened".
     */
    private Set<String> sitesAsked(Actor actor, String siteId, String regionId) {
        Set<String> scope = null;
        if (!actor.isChainWide()) {
            scope = new TreeSet<>(actor.sites());
            for (String region : actor.regions()) {
                organisation.sitesInRegion(region).stream().map(Site::id).forEach(scope::add);
            }
        }
        return organisation.narrow(scope, siteId, regionId);
    }

    /** Weeks and days of the chain are counted in the chain's own time zone (the organisation file's). */
    private ZoneId chainZone() {
        return organisation.timeZone();
    }

    @Override
    @Transactional
    public int eraseExpiredContacts() {
        Instant now = clock.instant();
        int erased = 0;
        for (UUID id : load.closedBefore(retention.candidatesClosedBefore(now))) {
            Optional<Complaint> complaint = load.load(id);
            // the period runs in the calendar of the complaint's site
            if (complaint.isEmpty() || complaint.get().closedAt() == null || !retention.isOver(complaint.get().closedAt(),
                    organisation.zoneOf(complaint.get().siteId()), now)) {
                continue;
            }
            boolean hadContact = contacts.erase(id);
            if (complaint.get().complainantSubjectKey() != null) {
                complaint.get().forgetComplainant();
                save.save(complaint.get());
                hadContact = true;
            }
            if (hadContact) {
                erased++;
            }
        }
        return erased;
    }
}
