package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.prevention.application.domain.model.ActionItem;
import io.frontline.prevention.application.domain.model.Anonymiser;
import io.frontline.prevention.application.domain.model.CaseStudy;
import io.frontline.prevention.application.domain.model.IncidentFact;
import io.frontline.prevention.application.domain.model.Review;
import io.frontline.prevention.application.domain.model.ReviewPeriod;
import io.frontline.prevention.application.port.in.AddActionCommand;
import io.frontline.prevention.application.port.in.HoldReviewCommand;
import io.frontline.prevention.application.port.in.ReviewUseCase;
import io.frontline.prevention.application.port.out.IncidentFactStore;
import io.frontline.prevention.application.port.out.ReviewStore;
import io.frontline.prevention.application.port.out.WorkforcePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Holds reviews: the period's figures and exactly the incidents closed in it (in the chain's calendar, for the
 * review's site or every site) as anonymised case studies, oldest first. Site managers review their own sites,
 * regional managers the sites of their regions, HQ safety and HR any site and the chain.
 */
@ApplicationScoped
public class ReviewService implements ReviewUseCase {
    @Inject
    ReviewStore store;

    @Inject
    IncidentFactStore facts;

    @Inject
    WorkforcePort workforce;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Review hold(HoldReviewCommand command) {
        Actor actor = command.actor();
        String siteId = requireEntitled(actor, command.siteId());
        ReviewPeriod period = command.period();
        ZoneId zone = organisation.timeZone();
        if (period.start(zone).isAfter(clock.instant())) {
            throw new RuleViolation("period", "A review looks back: the period has not begun");
        }
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        List<IncidentFact> touched = facts.incidents(siteId, from, to);
        int reported = (int) touched.stream().filter(f -> period.contains(f.reportedAt(), zone)).count();
        int confirmed = (int) touched.stream().filter(f -> "confirmed".equals(f.outcome())
                && period.contains(f.decidedAt(), zone)).count();
        List<IncidentFact> closed = touched.stream().filter(f -> period.contains(f.closedAt(), zone))
                .sorted(Comparator.comparing(IncidentFact::closedAt).thenComparing(IncidentFact::incidentId)).toList();
        Anonymiser anonymiser = new Anonymiser(workforce.workforce().employees());
        List<CaseStudy> cases = new ArrayList<>();
        for (IncidentFact f : closed) {
            cases.add(new CaseStudy(cases.size() + 1, f.siteId(), YearMonth.from(f.closedAt().atZone(zone)),
                    f.types(), f.severity(), f.outcome(), anonymiser.anonymise(f.preventionNote())));
        }
        Review review = new Review(UUID.randomUUID(), siteId, period,
                new Review.Figures(reported, confirmed, closed.size(), facts.complaints(siteId, from, to)), cases,
                actor.userId(), clock.instant());
        store.save(review);
        return review;
    }

    /** The site the actor may review (null for the chain); refuses others. */
    private String requireEntitled(Actor actor, String siteId) {
        if (siteId == null) {
            Scope.requireChainWide(actor);
            return null;
        }
        Site site = organisation.requestedSite(siteId);
        if (!Scope.canSee(actor, site)) {
            throw new AccessDenied("You cannot review site " + site.id());
        }
        return site.id();
    }

    @Override
    public Review review(Actor actor, UUID id) {
        Review review = store.find(id).orElseThrow(() -> new NotFound("review", id.toString()));
        boolean visible = review.siteId() == null ? Scope.chainWide(actor)
                : Scope.canSee(actor, organisation.site(review.siteId()));
        if (!visible) {
            throw new NotFound("review", id.toString());
        }
        return review;
    }

    @Override
    public List<Review> reviews(Actor actor, String siteId) {
        if (siteId != null) {
            requireEntitled(actor, siteId);
            return store.reviews(siteId, false);
        }
        return store.reviews(null, true).stream().filter(r -> r.siteId() == null ? Scope.chainWide(actor)
                : Scope.canSee(actor, organisation.site(r.siteId()))).toList();
    }

    @Override
    @Transactional
    public ActionItem addAction(AddActionCommand command) {
        Review review = review(command.actor(), command.reviewId());
        if (!command.actor().hasAnyRole(Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN, Roles.SITE_MANAGER,
                Roles.REGIONAL_MANAGER)) {
            throw new AccessDenied("Managers, HQ safety and HR decide a review's actions");
        }
        if (workforce.workforce().find(command.owner()).isEmpty()) {
            throw new RuleViolation("owner", "The owner is an employee of the chain (user name)");
        }
        ActionItem item = new ActionItem(UUID.randomUUID(), review.id(), command.text().strip(), command.owner(),
                command.dueOn(), null, null);
        store.save(item);
        return item;
    }

    @Override
    @Transactional
    public ActionItem completeAction(Actor actor, UUID reviewId, UUID actionId) {
        review(actor, reviewId);
        ActionItem item = store.action(actionId).filter(a -> a.reviewId().equals(reviewId))
                .orElseThrow(() -> new NotFound("action item", actionId.toString()));
        ActionItem done = item.done(actor.userId(), clock.instant());
        store.save(done);
        return done;
    }

    @Override
    public List<ActionItem> actions(Actor actor, UUID reviewId) {
        review(actor, reviewId);
        return store.actions(reviewId);
    }
}
