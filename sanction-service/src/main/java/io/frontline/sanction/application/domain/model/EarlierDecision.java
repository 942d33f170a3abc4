package io.frontline.sanction.application.domain.model;

import java.util.Objects;

/**
 * A decision a measure rests on, and the person who took it: the confirmation of the incident, the confirmation
 * of the live-detection suggestion it came from, or the internal procedure's decision on a staff sanction. Four
 * eyes means two people, so none of them approves the measure (issue 19: "a second person is different from
 * everyone earlier in the same decision").
 */
public record EarlierDecision(Part part, String userId) {
    /** The part someone played; its wire name is the reason an approval is refused. */
    public enum Part {
        INCIDENT_CONFIRMER, SUGGESTION_CONFIRMER, PROCEDURE_DECIDER
    }

    public EarlierDecision {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(userId, "userId");
    }
}
