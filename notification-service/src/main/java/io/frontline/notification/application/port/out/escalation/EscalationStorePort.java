package io.frontline.notification.application.port.out.escalation;

import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.notification.application.domain.model.escalation.EscalationStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Stored escalations with their history, and the used one-click links. */
public interface EscalationStorePort {
    /** Stores a new escalation; false (and nothing stored) when its event already has one. */
    boolean insertIfNew(Escalation escalation);

    Optional<Escalation> find(UUID id);

    /** The escalation, locked for this transaction against a concurrent acknowledgement or advance. */
    Optional<Escalation> lock(UUID id);

    /** Open escalations whose next level is due, locked; rows another replica holds are passed over. */
    List<Escalation> lockDue(Instant now, int limit);

    /** Open escalations about the subject ({@link io.frontline.notification.application.domain.model.escalation.EscalationSubject}), locked. */
    List<Escalation> lockOpenAbout(String subject);

    /** Writes the state and the escalation's new steps. */
    void update(Escalation escalation);

    /**
     * One page of escalations, the reader's scope in the query.
     *
     * @param everything  no scope (HQ safety)
     * @param sites       otherwise those of these sites (may be empty) ...
     * @param toldTo      ... and those any level of which told this person
     * @param afterKey    keyset: the start of the last escalation of the previous page, or null
     * @param rows        how many to read (the page's limit plus one)
     */
    record Page(EscalationStatus status, Integer level, String policy, String reference, boolean everything,
                Set<String> sites, String toldTo, boolean oldestFirst, Instant afterKey, UUID afterId, int rows) {
        public Page {
            sites = Set.copyOf(sites);
        }
    }

    List<Escalation> page(Page page);

    /** Whether a one-click link was used already. */
    boolean linkUsed(String tokenId);

    /** Records the use of a one-click link; false when it had been used before. */
    boolean recordLinkUse(String tokenId, UUID escalationId, String recipientId, Instant at);
}
