package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;

import java.util.List;

/**
 * A customer's right of access and to erasure (GDPR art. 15 and 17), by subject key: the measures against them,
 * the violations recorded, the incidents the ladder remembers. HQ safety and admins only; in the trail of
 * confidential reads.
 */
public interface SubjectDataUseCase {
    SubjectData export(Actor actor, SubjectKey subject);

    /** Erases what may be erased; what a legal hold keeps stays, with the reason. */
    SubjectErasure erase(Actor actor, SubjectKey subject);

    /**
     * @param measures   every measure against the subject, newest first
     * @param violations ban violations recorded against them
     * @param incidents  confirmed incidents naming them that the ladder remembers
     */
    record SubjectData(List<Measure> measures, int violations, int incidents) {
    }

    /**
     * @param erasedMeasures ids of the ended measures deleted, with their violations
     * @param incidents      incident records that no longer name the subject
     * @param kept           what stays, and why
     */
    record SubjectErasure(List<String> erasedMeasures, int incidents, List<Kept> kept) {
    }

    /** A measure kept despite the request: its id and the legal hold. */
    record Kept(String measure, String reason) {
        /** Proposed, approved or active: the ban is in force or still to be decided. */
        public static final String ACTIVE_MEASURE = "active-measure";
        /** An objection against the measure waits for its decision. */
        public static final String PENDING_OBJECTION = "pending-objection";

        /** The legal hold in words, for the customer's answer. */
        public String inWords() {
            return switch (reason) {
                case ACTIVE_MEASURE -> "The measure is proposed, approved or in force; it is kept until it ends.";
                case PENDING_OBJECTION -> "An objection against the measure waits for its decision.";
                default -> reason;
            };
        }
    }
}
