package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An objection against a measure: recorded within the objection window from notice, decided by
 * {@code decisionDue} (both in {@code ObjectionTerms}, the terms the internal procedure uses too, counted in the
 * site's calendar). Outcome and decision are empty until decided.
 */
public record Objection(String filedBy, Instant filedAt, String grounds, Instant decisionDue, ObjectionOutcome outcome,
                        String decidedBy, Instant decidedAt, String decisionReason) {
    public Objection {
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(decisionDue, "decisionDue");
    }

    public boolean isDecided() {
        return outcome != null;
    }

    Objection decided(ObjectionOutcome outcome, String by, Instant at, String reason) {
        return new Objection(filedBy, filedAt, grounds, decisionDue, outcome, by, at, reason);
    }
}
