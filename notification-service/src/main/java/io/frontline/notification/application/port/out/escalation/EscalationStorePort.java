package io.frontline.notification.application.port.out.escalation;

import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.notification.application.domain.model.escalation.EscalationStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** The newest (at most a few hundred) first; {@code status} null lists every status. */
    List<Escalation> list(EscalationStatus status);

    /** Records the use of a one-click link; false when it had been used before. */
    boolean recordLinkUse(String tokenId, UUID escalationId, String recipientId, Instant at);
}
