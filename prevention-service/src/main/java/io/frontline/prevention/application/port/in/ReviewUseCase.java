package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.ActionItem;
import io.frontline.prevention.application.domain.model.Review;

import java.util.List;
import java.util.UUID;

/** The review cycle (seed 000): reviews with figures and case studies, and their action items tracked to done. */
public interface ReviewUseCase {
    Review hold(HoldReviewCommand command);

    Review review(Actor actor, UUID id);

    List<Review> reviews(Actor actor, String siteId);

    ActionItem addAction(AddActionCommand command);

    ActionItem completeAction(Actor actor, UUID reviewId, UUID actionId);

    List<ActionItem> actions(Actor actor, UUID reviewId);
}
