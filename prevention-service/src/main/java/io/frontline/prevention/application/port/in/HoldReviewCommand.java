package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.ReviewPeriod;

import java.util.Objects;

/** Hold the review of a period for a site, or for the chain ({@code siteId} null). */
public record HoldReviewCommand(Actor actor, String siteId, ReviewPeriod period) {
    public HoldReviewCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(period, "period");
    }
}
