package io.frontline.sanction.application.domain.model;

import java.util.List;

/**
 * The work queues of measures, each with the orders it can be read in (the first is the default, most urgent
 * first): proposals awaiting a second person's approval (seed 001: a ban takes effect once a second person
 * approved it), active measures, active measures ending within a number of days, and objections awaiting
 * their decision (seed 004: decided within 14 days of the filing).
 */
public enum MeasureQueue {
    /** Oldest proposal first: the customer has waited longest for the decision. */
    AWAITING_APPROVAL(List.of("proposed", "-proposed")),
    /** Newest approval first. */
    ACTIVE(List.of("-approved", "approved")),
    /** Ending soonest first. */
    EXPIRING(List.of("until")),
    /** Decision due soonest first. */
    OBJECTION_PENDING(List.of("decision-due"));

    private final List<String> sorts;

    MeasureQueue(List<String> sorts) {
        this.sorts = sorts;
    }

    /** The orders this queue can be read in; the first is the default. */
    public List<String> sorts() {
        return sorts;
    }

    public String defaultSort() {
        return sorts.get(0);
    }
}
