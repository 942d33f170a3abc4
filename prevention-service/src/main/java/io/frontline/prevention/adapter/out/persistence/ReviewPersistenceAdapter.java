package io.frontline.prevention.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.frontline.prevention.adapter.out.persistence.StoredReview.StoredCaseStudy;
import io.frontline.prevention.adapter.out.persistence.StoredReview.StoredFigures;
import io.frontline.prevention.application.domain.model.ActionItem;
import io.frontline.prevention.application.domain.model.Review;
import io.frontline.prevention.application.domain.model.ReviewPeriod;
import io.frontline.prevention.application.port.out.ReviewStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ReviewPersistenceAdapter implements ReviewStore {
    @Inject
    EntityManager em;

    @Inject
    Json json;

    @Override
    public void save(Review r) {
        ReviewJpaEntity e = new ReviewJpaEntity();
        e.id = r.id();
        e.siteId = r.siteId();
        e.periodFirst = r.period().first();
        e.periodLast = r.period().last();
        e.figures = json.write(StoredFigures.of(r.figures()));
        e.caseStudies = json.write(r.caseStudies().stream().map(StoredCaseStudy::of).toList());
        e.heldBy = r.heldBy();
        e.heldAt = r.heldAt();
        em.persist(e);
    }

    @Override
    public Optional<Review> find(UUID id) {
        return Optional.ofNullable(em.find(ReviewJpaEntity.class, id)).map(this::toDomain);
    }

    @Override
    public List<Review> reviews(String siteId, boolean all) {
        String where = all ? "" : siteId == null ? "where siteId is null " : "where siteId = :site ";
        var query = em.createQuery("from ReviewJpaEntity " + where + "order by periodLast desc, heldAt desc",
                ReviewJpaEntity.class);
        if (!all && siteId != null) {
            query.setParameter("site", siteId);
        }
        return query.setMaxResults(500).getResultList().stream().map(this::toDomain).toList();
    }

    private Review toDomain(ReviewJpaEntity e) {
        return new Review(e.id, e.siteId, new ReviewPeriod(e.periodFirst, e.periodLast),
                json.read(e.figures, StoredFigures.class).toDomain(),
                json.read(e.caseStudies, new TypeReference<List<StoredCaseStudy>>() {
                }).stream().map(StoredCaseStudy::toDomain).toList(), e.heldBy, e.heldAt);
    }

    @Override
    public void save(ActionItem a) {
        ActionItemJpaEntity found = em.find(ActionItemJpaEntity.class, a.id());
        ActionItemJpaEntity e = found != null ? found : new ActionItemJpaEntity();
        e.id = a.id();
        e.reviewId = a.reviewId();
        e.text = a.text();
        e.owner = a.owner();
        e.dueOn = a.dueOn();
        e.doneAt = a.doneAt();
        e.doneBy = a.doneBy();
        if (found == null) {
            // Persisted once every column is set: the insert takes the state at persist
            em.persist(e);
        }
    }

    @Override
    public Optional<ActionItem> action(UUID id) {
        return Optional.ofNullable(em.find(ActionItemJpaEntity.class, id)).map(ReviewPersistenceAdapter::toDomain);
    }

    @Override
    public List<ActionItem> actions(UUID reviewId) {
        return em.createQuery("from ActionItemJpaEntity where reviewId = :r order by dueOn, id", ActionItemJpaEntity.class)
                .setParameter("r", reviewId).getResultList().stream().map(ReviewPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<ActionItem> allActions() {
        return em.createQuery("from ActionItemJpaEntity", ActionItemJpaEntity.class).getResultList().stream()
                .map(ReviewPersistenceAdapter::toDomain).toList();
    }

    private static ActionItem toDomain(ActionItemJpaEntity e) {
        return new ActionItem(e.id, e.reviewId, e.text, e.owner, e.dueOn, e.doneAt, e.doneBy);
    }
}
