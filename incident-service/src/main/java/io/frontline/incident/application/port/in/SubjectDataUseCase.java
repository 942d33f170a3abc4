package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;

import java.util.List;

/**
 * A customer's right of access and to erasure (GDPR art. 15 and 17), by subject key: what this service holds about
 * them, and erasing what may be erased. HQ safety and admins only; both are in the trail of confidential reads.
 */
public interface SubjectDataUseCase {
    SubjectData export(Actor actor, SubjectKey subject);

    /** Erases what may be erased; what an open case holds stays, with the reason. */
    SubjectErasure erase(Actor actor, SubjectKey subject);

    /**
     * @param incidents     the incidents that name the subject as perpetrator
     * @param calls         calls of which the subject was the caller and whose state is still kept
     * @param repeatPattern whether the subject is marked as a cross-site repeat perpetrator
     */
    record SubjectData(List<Incident> incidents, int calls, boolean repeatPattern) {
    }

    /**
     * @param unlinked references of the incidents that no longer name the subject (key and description erased)
     * @param calls    calls whose caller key and transcript lines were erased
     * @param kept     what stays, and why
     */
    record SubjectErasure(List<String> unlinked, int calls, List<Kept> kept) {
    }

    /**
     * A record kept despite the request: its kind ("incidents", "calls"), its reference and the legal hold
     * ({@link #OPEN_CASE}, ...).
     */
    record Kept(String kind, String reference, String reason) {
        /** The incident is still being handled: the facts about the perpetrator are needed for it. */
        public static final String OPEN_CASE = "open-case";
        /** A live-detection suggestion about the call still waits for the supervisor. */
        public static final String PENDING_SUGGESTION = "pending-suggestion";

        /** The legal hold in words, for the customer's answer. */
        public String inWords() {
            return switch (reason) {
                case OPEN_CASE -> "The incident is still being handled; it names the customer until it is closed.";
                case PENDING_SUGGESTION -> "A live-detection suggestion about the call still waits for the "
                        + "supervisor's decision.";
                default -> reason;
            };
        }
    }
}
