package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An objection against a measure: recorded within the objection window from notice, decided by
 * {@code decisionDue} (both in {@code ObjectionTerms}, the terms the internal procedure uses too, counted in the
 * site's calendar). Outcome and decision are empty until decided; {@code reasonCode} is the reason from the fixed
 * list the customer reads in their language, {@code decisionReason} the decider's own words (a decision recorded
 * before the list existed has no code).
 */
public record Objection(String filedBy, Instant filedAt, String grounds, Instant decisionDue, ObjectionOutcome outcome,
                        ObjectionReason reasonCode, String decidedBy, Instant decidedAt, String decisionReason) {
    public Objection {
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(decisionDue, "decisionDue");
    }

    public boolean isDecided() {
        return outcome != null;
    }

    Objection decided(ObjectionOutcome outcome, ObjectionReason code, String by, Instant at, String reason) {
        return new Objection(filedBy, filedAt, grounds, decisionDue, outcome, code, by, at, reason);
    }
}
