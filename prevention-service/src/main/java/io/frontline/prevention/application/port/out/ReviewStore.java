package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.ActionItem;
import io.frontline.prevention.application.domain.model.Review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reviews with their case studies, and their action items. */
public interface ReviewStore {
    void save(Review review);

    Optional<Review> find(UUID id);

    /** Reviews of the site (null: the chain's own reviews), newest period first; {@code all} gives every review. */
    List<Review> reviews(String siteId, boolean all);

    void save(ActionItem item);

    Optional<ActionItem> action(UUID id);

    List<ActionItem> actions(UUID reviewId);

    List<ActionItem> allActions();
}
