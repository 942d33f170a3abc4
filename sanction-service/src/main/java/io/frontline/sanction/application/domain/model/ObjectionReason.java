package io.frontline.sanction.application.domain.model;

import java.util.Set;

/**
 * Why an objection was decided as it was, from a short fixed list, so that the customer reads the reason in their
 * own language whatever language the decider writes in (issue 17); the decider's own words go with it. Each reason
 * fits certain outcomes only:
 * <ul>
 *   <li>{@link #FACTS_CONFIRMED}: the conduct the measure rests on is established (seed 001: insults, threats and
 *       abuse cross the line) — the measure stands;</li>
 *   <li>{@link #PROPORTIONATE}: the measure fits how serious or repeated the conduct was (seed 001: a ban usually
 *       for a month, three or six months on repetition) — it stands;</li>
 *   <li>{@link #FACTS_NOT_ESTABLISHED}: the conduct could not be established (wrong person, no evidence) — it is
 *       overturned;</li>
 *   <li>{@link #DISPROPORTIONATE}: too heavy, too long or too wide for what happened (seed 001) — it is shortened
 *       or overturned;</li>
 *   <li>{@link #PROCEDURE_NOT_FOLLOWED}: a careful procedure was not followed (seed 004: both sides heard, terms
 *       kept, a reasoned written decision) — it is overturned.</li>
 * </ul>
 */
public enum ObjectionReason {
    FACTS_CONFIRMED(Set.of(ObjectionOutcome.UPHELD)),
    PROPORTIONATE(Set.of(ObjectionOutcome.UPHELD)),
    FACTS_NOT_ESTABLISHED(Set.of(ObjectionOutcome.OVERTURNED)),
    DISPROPORTIONATE(Set.of(ObjectionOutcome.SHORTENED, ObjectionOutcome.OVERTURNED)),
    PROCEDURE_NOT_FOLLOWED(Set.of(ObjectionOutcome.OVERTURNED));

    private final Set<ObjectionOutcome> fits;

    ObjectionReason(Set<ObjectionOutcome> fits) {
        this.fits = fits;
    }

    /** Whether a decision with this outcome can rest on this reason (a confirmed fact never overturns). */
    public boolean fits(ObjectionOutcome outcome) {
        return fits.contains(outcome);
    }
}
