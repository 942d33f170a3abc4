package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.CalendarTerm;

import java.util.Objects;

/**
 * When an objection's decision term passed: {@code lateHandling} is the further term, from the day it is found
 * missed, by which a decision is now expected — the handling time the customer and the site manager are told.
 */
public record ObjectionTermPolicy(CalendarTerm lateHandling) {
    public ObjectionTermPolicy {
        Objects.requireNonNull(lateHandling, "lateHandling");
    }
}
